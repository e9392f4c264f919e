package org.smimeconformance.reports.catalogue;

import java.util.Objects;

/**
 * One numbered rule of the catalogue: a behaviour the article "S/MIME for Outlook for iOS and
 * Android" states, and what a scenario has to pin down to cover it.
 *
 * <p>Text fields hold the Markdown of the catalogue as written (inline code keeps its backticks),
 * trimmed.
 *
 * @param id                  the stable ID scenarios name in {@code @rule:<ID>}, e.g. {@code TRUST-10}
 * @param family              the family the ID belongs to, e.g. {@code TRUST}
 * @param familyTitle         the family's title in the catalogue, e.g. "chain of trust and revocation"
 * @param section             the article section the family comes from, e.g. "S/MIME prerequisites"
 * @param articleSays         what the article says (paraphrased), without the interpretation mark
 * @param scenarioMustPinDown what a scenario covering the rule must pin down
 * @param interpretation      true when the article is silent or contradicts itself here, so the
 *                            scenarios state a chosen reading under {@code @interpretation}
 */
public record Rule(
        String id,
        String family,
        String familyTitle,
        String section,
        String articleSays,
        String scenarioMustPinDown,
        boolean interpretation) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(familyTitle, "familyTitle");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(articleSays, "articleSays");
        Objects.requireNonNull(scenarioMustPinDown, "scenarioMustPinDown");
    }

    @Override
    public String toString() {
        return id + (interpretation ? " (I)" : "") + ": " + articleSays;
    }
}
