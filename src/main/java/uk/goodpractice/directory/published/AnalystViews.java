package uk.goodpractice.directory.published;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.search.SearchIndex;

/**
 * What analysts and mirrors read, made once per snapshot beside the catalogue: the ranked search
 * indexes (initiatives, and contacts by what they are and the initiatives they work on), the
 * labels and order of each facet's values, one CSV row per initiative and per contact, and the
 * whole CSV files of the small tables. Statistics and the directory dump are snapshot bodies
 * (see {@link PublishedSnapshot#details()}), so they are served, tagged and compressed like any
 * other public read.
 */
final class AnalystViews {

    /** The facets the initiative list counts, in the order an answer gives them. */
    static final List<String> FACETS = List.of("driver", "edition", "area", "theme", "organisation");

    final SearchIndex initiativeSearch;
    final SearchIndex contactSearch;
    /** Per facet, each value's label, in the order the facet lists them. */
    final Map<String, Map<String, String>> labels;
    final byte[][] initiativeRows;
    final byte[][] contactRows;
    /** Whole CSV files by export name (areas, delay-drivers, matrices/{edition}, statistics/{name}). */
    final Map<String, byte[]> files;

    AnalystViews(SearchIndex initiativeSearch, SearchIndex contactSearch, Map<String, Map<String, String>> labels,
            byte[][] initiativeRows, byte[][] contactRows, Map<String, byte[]> files) {
        this.initiativeSearch = initiativeSearch;
        this.contactSearch = contactSearch;
        this.labels = labels;
        this.initiativeRows = initiativeRows;
        this.contactRows = contactRows;
        this.files = files;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The {@code facets} object of an initiative list answer: for each facet asked for, the values
     * found among the initiatives that match every other filter, with their counts, in the
     * facet's own order (drivers in matrix order, editions oldest first, others by label).
     */
    byte[] facets(InitiativeCatalogue c, List<String> wanted, List<String> drivers, List<String> editions, List<String> areas,
            List<String> organisations, List<String> themes, BitSet text) {
        ObjectNode out = JSON.createObjectNode();
        for (String facet : FACETS) {
            if (!wanted.contains(facet)) {
                continue;
            }
            BitSet base = c.matching(facet.equals("driver") ? List.of() : drivers, facet.equals("edition") ? List.of() : editions,
                    facet.equals("area") ? List.of() : areas, facet.equals("organisation") ? List.of() : organisations,
                    facet.equals("theme") ? List.of() : themes, text);
            Map<String, Integer> counts = c.facetCounts(facet, base, facet.equals("driver") ? editions : List.of());
            ArrayNode values = out.putArray(facet);
            labels.getOrDefault(facet, Map.of()).forEach((value, label) -> {
                int n = counts.getOrDefault(value, 0);
                if (n > 0) {
                    values.addObject().put("value", value).put("label", label).put("count", n);
                }
            });
        }
        return bytes(out);
    }

    /** {@code summary} (a JSON object) with {@code "highlights"} added. */
    static byte[] withHighlights(byte[] summary, Map<String, List<String>> highlights) {
        byte[] extra = bytes(highlights);
        ByteArrayOutputStream out = new ByteArrayOutputStream(summary.length + extra.length + 16);
        out.write(summary, 0, summary.length - 1);
        out.writeBytes(",\"highlights\":".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(extra);
        out.write('}');
        return out.toByteArray();
    }

    static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Ordinals of {@code hits} kept by {@code match}, in the hits' order. */
    static List<Integer> ranked(int[] ordinals, BitSet match) {
        List<Integer> kept = new ArrayList<>();
        for (int o : ordinals) {
            if (match == null || match.get(o)) {
                kept.add(o);
            }
        }
        return kept;
    }

    static Map<String, String> ordered() {
        return new LinkedHashMap<>();
    }
}
