package uk.goodpractice.directory.common;

import java.util.List;
import java.util.Locale;

/**
 * The {@code q} parameter: every word must appear, case-insensitively, in a lower-cased search
 * column. Wildcards typed by a client are matched literally.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** One LIKE pattern per word of {@code q}; none for a blank {@code q}. */
    public static List<String> likePatterns(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return List.of(q.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream().map(TextSearch::containing).toList();
    }

    /** A LIKE pattern matching {@code text} anywhere, lower-cased, its wildcards taken literally (the databases' default escape, a backslash). */
    public static String containing(String text) {
        String literal = text.toLowerCase(Locale.ROOT).trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
