package org.smimeconformance.reports.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The numbered rules of the article, in the order the catalogue lists them.
 *
 * <p>The catalogue is Markdown: each family is a level-2 heading {@code ## FAMILY: title [section]}
 * followed by a table with the columns ID, what the article says, what a scenario must pin down.
 * A rule needs an interpretation when its ID carries {@code (I)} or its third column says
 * {@code (I)}, {@code **(I)**} or {@code (I: ...)}. Headings without a bracketed article section
 * take theirs from a fixed map of the article's headings. Other headings, and tables under them,
 * are not rules. A rule row that does not fit this shape is an error, never skipped.
 */
public final class RuleCatalogue {

    /** The catalogue this module carries, a copy of the project's {@code RULES.md}. */
    public static final String RESOURCE = "/org/smimeconformance/reports/rules.md";

    private static final Pattern FAMILY_HEADING =
            Pattern.compile("([A-Z]+): (.+?)(?: \\[(.+)])?");
    private static final Pattern ID_CELL =
            Pattern.compile("(([A-Z]+)-\\d+[a-z]?)(\\s+(?:\\(I\\)|\\*\\*\\(I\\)\\*\\*))?");
    private static final Pattern MARK_IN_TEXT = Pattern.compile("\\(I[):]");
    private static final Pattern MARK_TO_STRIP = Pattern.compile("\\s*(?:\\*\\*\\(I\\)\\*\\*|\\(I\\))");

    /** Article sections of the families whose heading names none in brackets. */
    private static final Map<String, String> SECTION_OF_UNBRACKETED_FAMILY = Map.of(
            "MAN", "Manual certificate delivery",
            "AUTO", "Automated certificate delivery",
            "POL", "Outlook for iOS automated certificate delivery"
                    + " / Outlook for Android automated certificate delivery",
            "CLIENT", "Enabling S/MIME in the client",
            "LDAP", "LDAP support for certificate delivery",
            "VIEW", "View S/MIME messages",
            "SEND", "Create S/MIME messages");

    private final List<Rule> rules;
    private final Map<String, Rule> byId;

    private RuleCatalogue(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Rule> index = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (index.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("rule " + rule.id() + " is listed twice");
            }
        }
        this.byId = index;
    }

    /**
     * Reads the catalogue this module carries ({@link #RESOURCE}).
     *
     * @throws IllegalStateException when the resource is missing
     * @throws IllegalArgumentException when it does not have the catalogue's shape
     */
    public static RuleCatalogue load() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule catalogue " + RESOURCE + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule catalogue " + RESOURCE, e);
        }
    }

    /**
     * Reads a catalogue from its Markdown text.
     *
     * @throws IllegalArgumentException when a rule row or family heading does not have the
     *     catalogue's shape, a rule sits under another family's heading, or an ID repeats
     */
    public static RuleCatalogue parse(String markdown) {
        Parser parser = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        Node document = parser.parse(markdown);
        List<Rule> rules = new ArrayList<>();
        Family family = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 2) {
                family = Family.of(inlineSource(heading, markdown));
            } else if (block instanceof TableBlock table && family != null) {
                for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                    if (part instanceof TableBody) {
                        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                            rules.add(family.rule((TableRow) row, markdown));
                        }
                    }
                }
            }
        }
        return new RuleCatalogue(rules);
    }

    /** Every rule, in catalogue order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rule with this exact ID, if the catalogue has it. */
    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The families, in catalogue order. */
    public List<String> families() {
        return rules.stream().map(Rule::family).distinct().toList();
    }

    /** The rules of one family, in catalogue order; empty for a family the catalogue lacks. */
    public List<Rule> rulesOf(String family) {
        return rules.stream().filter(rule -> rule.family().equals(family)).toList();
    }

    private record Family(String code, String title, String section) {

        static Family of(String heading) {
            Matcher m = FAMILY_HEADING.matcher(heading);
            if (!m.matches()) {
                return null;
            }
            String code = m.group(1);
            String section = m.group(3) != null ? m.group(3) : SECTION_OF_UNBRACKETED_FAMILY.get(code);
            if (section == null) {
                throw new IllegalArgumentException("family heading '" + heading
                        + "' names no article section in brackets and none is known for " + code);
            }
            return new Family(code, m.group(2), section);
        }

        Rule rule(TableRow row, String markdown) {
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(inlineSource((TableCell) cell, markdown));
            }
            if (cells.size() != 3) {
                throw new IllegalArgumentException(
                        "rule row under " + code + " has " + cells.size() + " columns, not 3: " + cells);
            }
            Matcher id = ID_CELL.matcher(cells.get(0));
            if (!id.matches()) {
                throw new IllegalArgumentException("'" + cells.get(0) + "' under " + code + " is not a rule ID");
            }
            if (!id.group(2).equals(code)) {
                throw new IllegalArgumentException(id.group(1) + " is listed under family " + code);
            }
            String says = MARK_TO_STRIP.matcher(cells.get(1)).replaceAll("").trim();
            String pinDown = cells.get(2);
            boolean interpretation = id.group(3) != null || MARK_IN_TEXT.matcher(pinDown).find();
            return new Rule(id.group(1), code, title, section, says, pinDown, interpretation);
        }
    }

    /** The Markdown source of a node's inline content, from its first child to its last. */
    private static String inlineSource(Node node, String markdown) {
        if (node.getFirstChild() == null) {
            return "";
        }
        List<SourceSpan> first = node.getFirstChild().getSourceSpans();
        List<SourceSpan> last = node.getLastChild().getSourceSpans();
        SourceSpan end = last.get(last.size() - 1);
        return markdown.substring(first.get(0).getInputIndex(), end.getInputIndex() + end.getLength()).trim();
    }
}
