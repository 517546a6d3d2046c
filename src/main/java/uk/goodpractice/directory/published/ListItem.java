package uk.goodpractice.directory.published;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.List;

/**
 * One entry of a small public list (drivers, editions, areas, contacts, organisations, deletions):
 * its serialised JSON and the values its filters match on.
 *
 * @param filters per query parameter, the values this entry matches (an area also under its ancestors)
 * @param text the lower-cased text {@code q} looks in, or {@code null} where the list takes no {@code q}
 * @param at when it happened, for the deletions feed's {@code since}; otherwise {@code null}
 */
record ListItem(byte[] json, Map<String, Set<String>> filters, String text, OffsetDateTime at) {

    boolean matches(String parameter, List<String> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        Set<String> mine = filters.getOrDefault(parameter, Set.of());
        for (String w : wanted) {
            if (mine.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
