package uk.goodpractice.directory.common;

import java.util.List;
import java.util.Locale;

/**
 * The {@code q} parameter, matched as text: case-insensitively, in a lower-cased search column or
 * text, every character as typed (a client's {@code %} or {@code _} is no wildcard). Lists of
 * initiatives and contacts look for every word; lists of areas and organisations for the phrase.
 * Published answers match the same phrase in memory ({@link #phrase}); ranked search is Lucene's.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** One LIKE pattern per word of {@code q}; none for a blank {@code q}. */
    public static List<String> likePatterns(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return List.of(phrase(q).split("\\s+")).stream().map(TextSearch::containing).toList();
    }

    /** What {@code q} looks for as one phrase: lower-cased and trimmed; empty, which every text contains, for none. */
    public static String phrase(String q) {
        return q == null ? "" : q.toLowerCase(Locale.ROOT).trim();
    }

    /** A LIKE pattern matching {@link #phrase} of {@code q} anywhere, its wildcards taken literally (the databases' default escape, a backslash). */
    public static String containing(String q) {
        String literal = phrase(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
