package org.smimeconformance.reports.site;

import java.util.Locale;

/** Links from a rule to its section of the article on Microsoft Learn. */
public final class ArticleLinks {

    /** The article "S/MIME for Outlook for iOS and Android". */
    public static final String ARTICLE = "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/"
            + "outlook-for-ios-and-android/smime-outlook-for-ios-and-android";

    private ArticleLinks() {
    }

    /** The address of a section, by its heading, e.g. "S/MIME prerequisites" → {@code ...#smime-prerequisites}. */
    public static String section(String heading) {
        String first = heading.split(" / ")[0];
        String slug = first.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").strip().replaceAll("\\s+", "-");
        return ARTICLE + "#" + slug;
    }
}
