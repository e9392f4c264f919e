package org.smimeconformance.engine.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.smimeconformance.contract.outcome.Outcome;
import org.smimeconformance.contract.outcome.OutcomeCode;

/**
 * Turns the recipients of a message into the people behind them (SEND-4): each recipient is asked
 * of the Global Address List; a distribution group is replaced by its members, nested groups
 * included, depth first in the order the groups list them.
 *
 * <ul>
 *   <li>Each person appears once, however many groups list them or however often they are named
 *       (addresses compared ignoring case); the first place they appear decides their place.</li>
 *   <li>Each group is expanded once: a group met again, through a cycle or in two groups, adds
 *       nothing, so cycles end.</li>
 *   <li>Depth: a group named as a recipient is at depth 0, a group it lists at depth 1, and so on.
 *       A group deeper than the limit ({@link org.smimeconformance.contract.Limits#maxGroupNestingDepth()})
 *       stops the expansion with {@code GROUP_NESTING_TOO_DEEP}, naming the path to it.</li>
 *   <li>Size: the members read from every group of the message, nesting levels together, are
 *       counted; a message whose groups list more than the limit
 *       ({@link org.smimeconformance.contract.Limits#maxGroupMembers()}) stops the expansion with
 *       {@code GROUP_TOO_LARGE}, and no further page or group is asked for.</li>
 *   <li>A recipient the Global Address List does not hold, or that it cannot be asked about, is a
 *       person as written. A group whose members cannot be listed is kept as a recipient of its
 *       own, with the problem, so that it is offered for removal rather than silently dropped.</li>
 * </ul>
 *
 * <p>Work is bounded: one question per recipient and one per page of a distinct group's members
 * (the members' certificates come with them, so no question per person); no recursion (an explicit
 * stack). Used for one message; not thread-safe.
 */
public final class GroupExpansion {

    /**
     * The people a message goes to.
     *
     * @param people   each person once, in order; an address that could not be expanded maps to its problem
     * @param stopped  why nothing may be sent: {@code GROUP_NESTING_TOO_DEEP} when a group was nested
     *                 deeper than allowed, {@code GROUP_TOO_LARGE} when the groups list more members
     *                 than allowed; empty otherwise
     */
    public record Expanded(Map<String, Optional<Outcome>> people, Optional<Outcome> stopped) {
    }

    private final GlobalAddressListClient gal;
    private final GlobalAddressListSource users;
    private final int maxDepth;
    private final int maxMembers;
    private int membersRead;

    private final Map<String, Optional<Outcome>> people = new LinkedHashMap<>();
    private final Set<String> seenPeople = new HashSet<>();
    private final Set<String> seenGroups = new HashSet<>();

    /**
     * @param gal        the Global Address List client
     * @param users      where what the Global Address List says about a user is kept (see above)
     * @param maxDepth   how deep nested groups are expanded
     * @param maxMembers the most members read from the message's groups, all of them together
     */
    public GroupExpansion(GlobalAddressListClient gal, GlobalAddressListSource users, int maxDepth, int maxMembers) {
        this.gal = Objects.requireNonNull(gal, "gal");
        this.users = Objects.requireNonNull(users, "users");
        this.maxDepth = maxDepth;
        if (maxMembers < 1) {
            throw new IllegalArgumentException("maxMembers must be positive");
        }
        this.maxMembers = maxMembers;
    }

    /** The people behind the recipients, in order, each once; or why the expansion stopped. */
    public Expanded expand(List<String> recipients) {
        for (String recipient : recipients) {
            String address = recipient.strip();
            if (!gal.configured()) {
                person(address, Optional.empty());
                continue;
            }
            SourceAnswer<GalEntry> entry = gal.recipient(address);
            if (entry.found() && entry.value() instanceof GalEntry.Group group) {
                Optional<Outcome> stopped = group(address, group);
                if (stopped.isPresent()) {
                    return new Expanded(new LinkedHashMap<>(people), stopped);
                }
                continue;
            }
            // What the Global Address List said (a user, nobody, or no answer) is what it would say about the user.
            users.remember(address, entry.map(GalEntry.User.class::cast));
            person(address, Optional.empty());
        }
        return new Expanded(new LinkedHashMap<>(people), Optional.empty());
    }

    /** One level of the walk: a group, the path to it, and what is left of its members. */
    private record Level(String path, Iterator<GalEntry> members) {
    }

    private Optional<Outcome> group(String named, GalEntry.Group top) {
        if (seenGroups.contains(key(top.address())) || seenGroups.contains(key(named))) {
            return Optional.empty(); // expanded already, inside another group named earlier
        }
        Deque<Level> stack = new ArrayDeque<>();
        Opened first = open(named, top.address(), named);
        if (first.tooLarge().isPresent()) {
            return first.tooLarge();
        }
        first.level().ifPresent(stack::push);
        while (!stack.isEmpty()) {
            Level level = stack.peek();
            if (!level.members().hasNext()) {
                stack.pop();
                continue;
            }
            GalEntry member = level.members().next();
            if (member instanceof GalEntry.Group nested) {
                if (seenGroups.contains(key(nested.address()))) {
                    continue; // expanded already: a cycle, or a group listed twice
                }
                int depth = stack.size();
                String path = level.path() + " > " + nested.address();
                if (depth > maxDepth) {
                    return Optional.of(Outcome.of(OutcomeCode.GROUP_NESTING_TOO_DEEP, "the distribution group "
                            + nested.address() + " is nested " + depth + " deep (" + path + "), deeper than the "
                            + maxDepth + " the app expands; nothing was sent"));
                }
                Opened opened = open(nested.address(), nested.address(), path);
                if (opened.tooLarge().isPresent()) {
                    return opened.tooLarge();
                }
                opened.level().ifPresent(stack::push);
            } else {
                person(member.address(), Optional.empty());
            }
        }
        return Optional.empty();
    }

    /** A group opened: its level of the walk (none when its members cannot be listed), or why the message stops. */
    private record Opened(Optional<Level> level, Optional<Outcome> tooLarge) {
    }

    /**
     * Lists a group's members, within what is left of the members the message may have; keeps the
     * group as a recipient with the problem when they cannot be listed.
     */
    private Opened open(String written, String address, String path) {
        seenGroups.add(key(address));
        seenGroups.add(key(written));
        int left = maxMembers - membersRead;
        SourceAnswer<GlobalAddressListClient.MemberList> members = gal.members(address, left);
        if (!members.found()) {
            person(written, Optional.of(Outcome.of(members.problem().map(Outcome::code).orElse(OutcomeCode.GAL_UNREACHABLE),
                    "the members of the distribution group " + address + " cannot be listed: "
                            + members.problem().map(Outcome::message).orElse(""))));
            return new Opened(Optional.empty(), Optional.empty());
        }
        GlobalAddressListClient.MemberList list = members.value();
        if (list.more()) {
            return new Opened(Optional.empty(), Optional.of(Outcome.of(OutcomeCode.GROUP_TOO_LARGE, "the distribution groups of "
                    + "the message list more than the " + maxMembers + " members the app reads (" + path
                    + " goes past it); nothing was sent")));
        }
        membersRead += list.members().size();
        for (GalEntry.User user : list.published()) {
            users.remember(user.address(), SourceAnswer.found(user));
        }
        return new Opened(Optional.of(new Level(path, list.members().iterator())), Optional.empty());
    }

    private void person(String address, Optional<Outcome> problem) {
        if (seenPeople.add(key(address))) {
            people.put(address, problem);
        }
    }

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
