package org.smimeconformance.reports.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A place where the article contradicts itself, and how the suite treats it. The list lives in
 * {@code contradictions.json} beside the rule catalogue.
 *
 * @param rules     the rules that disagree
 * @param title     what the disagreement is about
 * @param article   what the article says, in both places
 * @param treatment what the suite does about it
 */
public record Contradiction(List<String> rules, String title, String article, String treatment) {

    public static final String RESOURCE = "/org/smimeconformance/reports/contradictions.json";

    public Contradiction {
        rules = List.copyOf(rules);
    }

    /** Every known contradiction. */
    public static List<Contradiction> load() {
        try (InputStream in = Contradiction.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Contradiction>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
