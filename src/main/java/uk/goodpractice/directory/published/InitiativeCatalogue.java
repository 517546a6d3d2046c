package uk.goodpractice.directory.published;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.time.OffsetDateTime;

/**
 * The published initiatives as the list needs them: each summary serialised once, the four sort
 * orders precomputed, and one bit set per filter value (driver, edition, area with its ancestors,
 * organisation, theme with its parent theme, and driver×edition for "mapped in this edition"),
 * so a filtered page is a few bit operations and a walk along a precomputed order.
 */
final class InitiativeCatalogue {

    private final List<InitiativeDocument> documents;
    private final byte[][] summaries;
    private final Map<String, int[]> orders = new HashMap<>();
    private final Map<String, BitSet> byDriver;
    private final Map<String, BitSet> byEdition;
    private final Map<String, BitSet> byArea;
    private final Map<String, BitSet> byOrganisation;
    private final Map<String, BitSet> byTheme;
    private final Map<String, BitSet> byDriverEdition;

    /** {@code documents} in title order (their ordinals), {@code summaries} the serialised summary of each. */
    InitiativeCatalogue(List<InitiativeDocument> documents, byte[][] summaries) {
        this.documents = List.copyOf(documents);
        this.summaries = summaries;
        int n = documents.size();
        Comparator<InitiativeDocument> title = Comparator.comparing(InitiativeDocument::title, String.CASE_INSENSITIVE_ORDER).thenComparing(InitiativeDocument::slug);
        Comparator<InitiativeDocument> updated = Comparator.comparing((InitiativeDocument d) -> d.updatedAt().toInstant())
                .thenComparing(InitiativeDocument::slug);
        orders.put("title", order(title));
        orders.put("-title", order(title.reversed()));
        orders.put("updated", order(updated));
        orders.put("-updated", order(updated.reversed()));
        byDriver = index(InitiativeDocument::drivers);
        byEdition = index(InitiativeDocument::editions);
        byArea = index(InitiativeDocument::areas);
        byOrganisation = index(InitiativeDocument::organisations);
        byTheme = index(InitiativeDocument::themes);
        byDriverEdition = index(InitiativeDocument::driverEditions);
        assert n == summaries.length;
    }

    private int[] order(Comparator<InitiativeDocument> comparator) {
        return documents.stream().sorted(comparator).mapToInt(InitiativeDocument::ordinal).toArray();
    }

    private Map<String, BitSet> index(Function<InitiativeDocument, Collection<String>> values) {
        Map<String, BitSet> index = new HashMap<>();
        for (InitiativeDocument d : documents) {
            for (String v : values.apply(d)) {
                index.computeIfAbsent(v, k -> new BitSet(documents.size())).set(d.ordinal());
            }
        }
        return index;
    }

    /** The published initiatives in title order; a document's ordinal is its index here. */
    public List<InitiativeDocument> documents() {
        return documents;
    }

    public int size() {
        return documents.size();
    }

    byte[] summary(int ordinal) {
        return summaries[ordinal];
    }

    /** The initiatives whose public answers changed at or after {@code since} (a new set, the caller's to change). */
    BitSet updatedSince(OffsetDateTime since) {
        BitSet result = new BitSet(documents.size());
        for (InitiativeDocument d : documents) {
            if (!d.updatedAt().isBefore(since)) {
                result.set(d.ordinal());
            }
        }
        return result;
    }

    /** Ordinals in the order {@code sort} names (title, -title, updated, -updated). */
    int[] order(String sort) {
        return orders.get(sort);
    }

    /**
     * The initiatives matching every filter given (values of one filter OR-ed), or all of them for
     * none; {@code null} means "no filter". Values must already be known to exist.
     */
    BitSet matching(List<String> drivers, List<String> editions, List<String> areas, List<String> organisations,
            List<String> themes, BitSet text) {
        BitSet result = null;
        result = and(result, any(byEdition, editions));
        if (!drivers.isEmpty()) {
            if (editions.isEmpty()) {
                result = and(result, any(byDriver, drivers));
            } else {
                List<String> pairs = new ArrayList<>();
                drivers.forEach(d -> editions.forEach(e -> pairs.add(d + "|" + e)));
                result = and(result, any(byDriverEdition, pairs));
            }
        }
        result = and(result, any(byArea, areas));
        result = and(result, any(byOrganisation, organisations));
        result = and(result, any(byTheme, themes));
        result = and(result, text);
        return result;
    }

    /**
     * How many of {@code within} (all when {@code null}) carry each value of {@code facet}; for
     * drivers with {@code editions} given, only mappings in those editions count, as the filter does.
     */
    Map<String, Integer> facetCounts(String facet, BitSet within, List<String> editions) {
        Map<String, BitSet> index = index(facet);
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, BitSet> e : index.entrySet()) {
            BitSet values = e.getValue();
            if (facet.equals("driver") && !editions.isEmpty()) {
                values = any(byDriverEdition, editions.stream().map(ed -> e.getKey() + "|" + ed).toList());
            }
            int n;
            if (within == null) {
                n = values.cardinality();
            } else {
                BitSet both = (BitSet) values.clone();
                both.and(within);
                n = both.cardinality();
            }
            counts.put(e.getKey(), n);
        }
        return counts;
    }

    private Map<String, BitSet> index(String facet) {
        return switch (facet) {
            case "driver" -> byDriver;
            case "edition" -> byEdition;
            case "area" -> byArea;
            case "organisation" -> byOrganisation;
            case "theme" -> byTheme;
            default -> throw new IllegalArgumentException(facet);
        };
    }

    /** How many initiatives carry {@code value} of {@code facet} (an area counts the areas within it, as its filter does). */
    int count(String facet, String value) {
        BitSet b = index(facet).get(value);
        return b == null ? 0 : b.cardinality();
    }

    /** How many initiatives are mapped to {@code driver} in {@code edition}. */
    int countMapped(String driver, String edition) {
        BitSet b = byDriverEdition.get(driver + "|" + edition);
        return b == null ? 0 : b.cardinality();
    }

    private BitSet any(Map<String, BitSet> index, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        BitSet union = new BitSet(documents.size());
        for (String v : values) {
            BitSet b = index.get(v);
            if (b != null) {
                union.or(b);
            }
        }
        return union;
    }

    private static BitSet and(BitSet acc, BitSet next) {
        if (next == null) {
            return acc;
        }
        if (acc == null) {
            return (BitSet) next.clone();
        }
        acc.and(next);
        return acc;
    }
}
