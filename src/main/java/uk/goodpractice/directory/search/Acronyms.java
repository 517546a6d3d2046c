package uk.goodpractice.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.Set;

/**
 * The acronyms the sources define, read from their own wording: "Family Drug and Alcohol Court
 * (FDAC)" teaches that FDAC and the words before it mean the same. The words are taken back from
 * the bracket until their initials spell the acronym (small words such as "and" or "of" may be
 * skipped by the initials), so nothing is guessed and a new source's acronyms are learnt at the
 * next snapshot.
 */
public final class Acronyms {

    private static final Pattern DEFINED = Pattern.compile("([\\p{L}][\\p{L}'’\\-]*(?:\\s+[\\p{L}&][\\p{L}'’\\-]*){0,12})\\s*\\(\\s*([A-Z][A-Za-z]{1,7})s?\\s*\\)");
    /** Where a definition can end: a bracketed acronym. Only the text just before one is read with {@link #DEFINED}. */
    private static final Pattern BRACKET = Pattern.compile("\\(\\s*[A-Z][A-Za-z]{1,7}s?\\s*\\)");
    /** Thirteen words of ordinary length fit in this many characters before a bracket. */
    private static final int WINDOW = 400;
    private static final Set<String> SMALL = Set.of("and", "of", "for", "the", "in", "to", "on", "&", "with", "a", "an");

    private Acronyms() {
    }

    /** Lower-cased acronym to its lower-cased expansion (words separated by one space), for every definition found. */
    public static Map<String, String> definedIn(Iterable<String> texts) {
        Map<String, String> found = new TreeMap<>();
        for (String text : texts) {
            if (text == null || text.indexOf('(') < 0) {
                continue;
            }
            Matcher brackets = BRACKET.matcher(text);
            Matcher m = DEFINED.matcher(text);
            int from = 0;
            while (brackets.find()) {
                // the definition must end at this bracket: read only the words before it, not the whole text at every letter
                int start = Math.max(from, brackets.start() - WINDOW);
                if (start > from) {
                    int space = text.indexOf(' ', start);
                    start = space < 0 || space > brackets.start() ? brackets.start() : space + 1;
                }
                from = brackets.end();
                m.region(start, brackets.end());
                boolean defined = false;
                while (!defined && m.find()) {
                    defined = m.end() == brackets.end();
                }
                if (!defined) {
                    continue;
                }
                String acronym = m.group(2);
                if (acronym.chars().filter(Character::isUpperCase).count() < 2) {
                    continue;
                }
                String expansion = expansion(m.group(1).trim().split("\\s+"), acronym.replaceAll("[a-z]", ""));
                if (expansion != null) {
                    found.putIfAbsent(acronym.toLowerCase(Locale.ROOT), expansion);
                }
            }
        }
        return found;
    }

    /**
     * {@link Acronyms#definedIn} kept from one snapshot to the next: each text's definitions are read
     * once, and only texts that are new since the last call are read again (most rebuilds change one
     * record's wording). The answer is exactly {@link Acronyms#definedIn}'s: the first text to define
     * an acronym wins. Remembers only the texts of the last call.
     */
    public static final class Memo {
        private Map<String, Map<String, String>> byText = Map.of();

        public synchronized Map<String, String> definedIn(Iterable<String> texts) {
            Map<String, Map<String, String>> next = new HashMap<>();
            Map<String, String> found = new TreeMap<>();
            for (String text : texts) {
                if (text == null) {
                    continue;
                }
                Map<String, String> own = next.get(text);
                if (own == null) {
                    own = byText.get(text);
                    next.put(text, own = own != null ? own : Acronyms.definedIn(List.of(text)));
                }
                own.forEach(found::putIfAbsent);
            }
            byText = next;
            return found;
        }
    }

    /** The shortest run of words ending before the bracket whose initials (skipping small words) spell {@code letters}. */
    static String expansion(String[] words, String letters) {
        for (int start = words.length - 1; start >= 0; start--) {
            List<String> run = new ArrayList<>();
            StringBuilder initials = new StringBuilder();
            for (int k = start; k < words.length; k++) {
                String w = words[k].replaceAll("[^\\p{L}&'’\\-]", "");
                if (w.isEmpty()) {
                    continue;
                }
                run.add(w.toLowerCase(Locale.ROOT));
                if (!SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                    for (String part : w.split("-")) {
                        if (!part.isEmpty()) {
                            initials.append(Character.toUpperCase(part.charAt(0)));
                        }
                    }
                }
            }
            String got = initials.toString();
            if (got.equals(letters) && !SMALL.contains(run.get(0))) {
                return String.join(" ", run);
            }
            if (got.length() > letters.length() + 2) {
                return null;
            }
        }
        return null;
    }
}
