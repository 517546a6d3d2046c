package uk.goodpractice.directory.search;

/**
 * Makes what people type safe for Lucene's classic query syntax while keeping the parts a search
 * box user means: "quoted phrases", {@code -word}, {@code OR}, {@code NOT}, a trailing {@code *} and
 * brackets. Characters that would switch on field names, ranges, regular expressions, fuzziness or
 * boosts are read as spaces, and an unpaired quote or bracket is escaped rather than failing the search.
 */
final class Lenient {

    /** Switch on fields, regular expressions, boosts, fuzziness, ranges and operators: read as spaces. */
    private static final String SPACED = ":\\/^~![]{}?&|";

    private Lenient() {
    }

    static String query(String q) {
        StringBuilder out = new StringBuilder(q.length() + 8);
        boolean quotesPair = q.chars().filter(c -> c == '"').count() % 2 == 0;
        boolean bracketsPair = brackets(q);
        for (int k = 0; k < q.length(); k++) {
            char c = q.charAt(k);
            if (SPACED.indexOf(c) >= 0) {
                out.append(' ');
                continue;
            }
            if (c == '"' && !quotesPair || (c == '(' || c == ')') && !bracketsPair
                    || c == '*' && (k == 0 || !Character.isLetterOrDigit(q.charAt(k - 1)))
                    || (c == '+' || c == '-') && (k + 1 == q.length() || Character.isWhitespace(q.charAt(k + 1)))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean brackets(String q) {
        int depth = 0;
        for (int k = 0; k < q.length(); k++) {
            char c = q.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
