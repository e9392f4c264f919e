package org.smimeconformance.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.smimeconformance.contract.Endpoints;
import org.smimeconformance.contract.Limits;
import org.smimeconformance.contract.MailClient;
import org.smimeconformance.contract.NetworkSettings;
import org.smimeconformance.contract.World;
import org.smimeconformance.contract.device.DeviceProfile;
import org.smimeconformance.contract.device.EnrollmentProvider;
import org.smimeconformance.contract.device.EnrollmentType;
import org.smimeconformance.contract.device.Platform;
import org.smimeconformance.engine.ReferenceImplementation;
import org.smimeconformance.engine.directory.DeviceSource;
import org.smimeconformance.engine.directory.DirectoryParts;
import org.smimeconformance.engine.directory.Directories;
import org.smimeconformance.engine.directory.GlobalAddressListClient;
import org.smimeconformance.engine.directory.GlobalAddressListSource;
import org.smimeconformance.engine.directory.GroupExpansion;
import org.smimeconformance.engine.identity.PrimarySmtpAddressMatcher;
import org.smimeconformance.engine.mail.RecipientCertificates;
import org.smimeconformance.engine.net.HttpClients;
import org.smimeconformance.engine.net.HttpFetcher;
import org.smimeconformance.fakes.directory.DistributionGroup;
import org.smimeconformance.fakes.directory.GlobalAddressList;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;

/**
 * A distribution group of 1,000 people in groups nested 5 deep (SEND-4), against the fake Global
 * Address List over HTTP on this machine, as the scenario "A group of 1000 people in groups nested
 * 5 deep is expanded to each of them once" has it: {@code all} holds {@code level1}, each level
 * holds 200 people and the next level, and names the first person of the level above again.
 *
 * <ul>
 *   <li>{@code expand}: the expansion alone, every group's members listed, each person once (one
 *       question for the recipient and one per group);</li>
 *   <li>{@code evaluate}: the whole evaluation of the recipients before an encrypted message is
 *       sent, the expansion and then each person's certificate looked for in the Global Address
 *       List and on the device (a question per person; nobody has one).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GroupExpansionBenchmark {

    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
    private static final NetworkSettings NETWORK = new NetworkSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), false);

    private ScenarioEndpoints endpoints;
    private GlobalAddressListClient gal;
    private RecipientCertificates recipients;
    private MailClient client;

    @Setup
    public void fill() {
        endpoints = FakeHttpServer.shared().openScenario();
        GlobalAddressList list = GlobalAddressList.on(endpoints);
        list.add(DistributionGroup.of("all@contoso.com", "All", List.of("level1@contoso.com")));
        for (int level = 1; level <= 5; level++) {
            List<String> members = new ArrayList<>();
            for (int i = (level - 1) * 200; i < level * 200; i++) {
                members.add(String.format("member%04d@contoso.com", i + 1));
            }
            if (level < 5) {
                members.add(1, "level" + (level + 1) + "@contoso.com");
            }
            if (level > 1) {
                members.add(String.format("member%04d@contoso.com", (level - 2) * 200 + 1));
            }
            list.add(DistributionGroup.of("level" + level + "@contoso.com", "Level " + level, members));
        }
        World world = new World(Clock.fixed(AT, ZoneOffset.UTC), List.of(), NETWORK,
                new Endpoints(list.address(), null), Limits.defaults());
        HttpFetcher fetcher = new HttpFetcher(new HttpClients().forConnectTimeout(NETWORK.connectTimeout()), NETWORK,
                world.limits().maxResponseBytes());
        gal = new GlobalAddressListClient(Optional.of(list.address()), fetcher);
        client = new ReferenceImplementation().open(world);
        var stores = client.device(new DeviceProfile("phone", Platform.IOS, EnrollmentProvider.NONE,
                EnrollmentType.UNENROLLED)).stores();
        recipients = new Directories(world, fetcher, client.trust(), DirectoryParts.reference())
                .recipients(new DeviceSource(stores, id -> List.of(), new PrimarySmtpAddressMatcher(), world.clock()),
                        Optional::empty);
        int people = expand();
        if (people != 1000) {
            throw new IllegalStateException("the group expands to " + people + " people, not 1000");
        }
    }

    @TearDown
    public void close() {
        client.close();
        endpoints.close();
    }

    @Benchmark
    public int expand() {
        Limits limits = Limits.defaults();
        return new GroupExpansion(gal, new GlobalAddressListSource(gal), limits.maxGroupNestingDepth(),
                limits.maxGroupMembers()).expand(List.of("all@contoso.com")).people().size();
    }

    @Benchmark
    public int evaluate() {
        RecipientCertificates.Evaluation evaluation = recipients.evaluate(List.of("all@contoso.com"));
        if (evaluation.people().size() != 1000) {
            throw new IllegalStateException("evaluated " + evaluation.people().size() + " people, not 1000");
        }
        return evaluation.people().size();
    }
}
