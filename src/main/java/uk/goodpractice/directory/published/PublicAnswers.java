package uk.goodpractice.directory.published;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.TextSearch;
import uk.goodpractice.directory.search.SearchIndex;
import uk.goodpractice.directory.common.ApiException;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.function.Predicate;
import uk.goodpractice.directory.common.UpdatedAt;

/**
 * Answers a public GET from a snapshot, or declines. It answers only what it can answer exactly as
 * the resource would, 200 with a body: a bad parameter, an unknown filter value, an unknown slug or
 * a parameter it does not know are declined, and the request goes on to the resource, which gives
 * the error (so every error still has one source) and checks filter values against the snapshot's
 * slug sets.
 */
final class PublicAnswers {

    /** A body to send, and for a list the paging its Link header describes. */
    record Answer(Body body, Paged.Paging paging) {
    }

    private static final Pattern PAGE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern PAGE_SIZE = Pattern.compile("[0-9]{1,3}");
    private static final Pattern SORT = Pattern.compile("-?(title|updated)|relevance");
    private static final Pattern AREA_TYPE = Pattern.compile("LOCAL_AUTHORITY|COMBINED_AUTHORITY|REGION|PARTNERSHIP|NATIONAL");
    private static final int MAX_Q = 200;
    private static final Set<String> PAGING = Set.of("page", "pageSize");
    private static final String SINCE = "updatedSince";
    private static final Set<String> INITIATIVE_PARAMS = Set.of("page", "pageSize", "driver", "edition", "area", "organisation", "theme",
            "q", "sort", "status", "facets", SINCE);
    private static final Set<String> CONTACT_PARAMS = Set.of("page", "pageSize", "area", "organisation", "initiative", "edition", "q", "status",
            SINCE);
    private static final Set<String> AREA_PARAMS = Set.of("page", "pageSize", "type", "parent", "q", SINCE);
    private static final Set<String> EDITION_PARAMS = Set.of("page", "pageSize", "status", SINCE);
    private static final Set<String> DRIVER_PARAMS = Set.of("page", "pageSize", SINCE);
    private static final Set<String> ORGANISATION_PARAMS = Set.of("page", "pageSize", "q");
    private static final Set<String> DELETION_PARAMS = Set.of("page", "pageSize", "since", SINCE);
    /** Stands for "no updatedSince" (every record); {@code null} from {@link #since} means a malformed one. */
    private static final OffsetDateTime EVER = OffsetDateTime.MIN;

    private PublicAnswers() {
    }

    /**
     * @param path the request path after {@code /api/v1/}, undecoded
     * @param params the decoded query parameters
     */
    static Answer answer(PublishedSnapshot s, String path, Map<String, List<String>> params) {
        if (path.indexOf('%') >= 0 || path.endsWith("/")) {
            return null;
        }
        switch (path) {
            case "initiatives":
                return initiatives(s, params);
            case "delay-drivers":
                return known(params, DRIVER_PARAMS) ? recent(s.lists().get("delay-drivers"), params, i -> true) : null;
            case "editions":
                return known(params, EDITION_PARAMS) && publishedOnly(params) ? recent(s.lists().get("editions"), params, i -> true) : null;
            case "areas":
                return areas(s, params);
            case "area-contacts":
                return contacts(s, params);
            case "organisations":
                return organisations(s, params);
            case "deletions":
                return deletions(s, params);
            default:
                if (!params.isEmpty()) {
                    return null;
                }
                Body body = s.details().get(path);
                return body == null ? null : new Answer(body, null);
        }
    }

    private static Answer initiatives(PublishedSnapshot s, Map<String, List<String>> p) {
        List<String> facets = facets(p);
        int[] page = paging(p);
        Selection selected = facets == null || page == null ? null : select(s, p);
        if (selected == null) {
            return null;
        }
        InitiativeCatalogue c = s.initiatives();
        int total = selected.match == null ? c.size() : selected.match.cardinality();
        Paged.Paging paging = paging(page, total);
        if (paging == null) {
            return null;
        }
        List<byte[]> results = new ArrayList<>(page[1]);
        int skip = (page[0] - 1) * page[1];
        for (int ordinal : selected.order) {
            if (selected.match == null || selected.match.get(ordinal)) {
                if (skip > 0) {
                    skip--;
                } else if (results.size() < page[1]) {
                    results.add(selected.hits == null ? c.summary(ordinal)
                            : AnalystViews.withHighlights(c.summary(ordinal), s.analyst().initiativeSearch.highlights(selected.hits, ordinal)));
                } else {
                    break;
                }
            }
        }
        if (!facets.isEmpty()) {
            byte[] counts = s.analyst().facets(c, facets, selected.drivers, selected.editions, selected.areas, selected.organisations,
                    selected.themes, selected.text);
            return new Answer(envelope(results, paging, counts), paging);
        }
        return new Answer(envelope(results, paging), paging);
    }

    /** The CSV rows of every initiative the list would give for {@code p}, in its order, or {@code null} where it would decline. */
    static List<byte[]> initiativeRows(PublishedSnapshot s, Map<String, List<String>> p) {
        Selection selected = select(s, p);
        if (selected == null) {
            return null;
        }
        List<byte[]> rows = new ArrayList<>();
        for (int ordinal : selected.order) {
            if (selected.match == null || selected.match.get(ordinal)) {
                rows.add(s.analyst().initiativeRows[ordinal]);
            }
        }
        return rows;
    }

    /**
     * The initiatives that the list's filters, search and sort select, as the list and its CSV export both read them:
     * {@code match} (null: all) in {@code order}, the search's hits (null without {@code q}) and the filter values.
     */
    private record Selection(List<String> drivers, List<String> editions, List<String> areas, List<String> organisations,
            List<String> themes, SearchIndex.Hits hits, BitSet text, BitSet match, int[] order) {
    }

    /** What the initiative list selects for {@code p}, or {@code null} where the snapshot declines and the service answers. */
    private static Selection select(PublishedSnapshot s, Map<String, List<String>> p) {
        String q = first(p, "q", null);
        boolean searching = q != null && !q.isBlank();
        String sort = first(p, "sort", searching ? "relevance" : "title");
        List<String> drivers = all(p, "driver");
        List<String> editions = all(p, "edition");
        List<String> areas = all(p, "area");
        List<String> organisations = all(p, "organisation");
        List<String> themes = all(p, "theme");
        if (!known(p, INITIATIVE_PARAMS) || !publishedOnly(p) || !SORT.matcher(sort).matches() || q != null && q.length() > MAX_Q
                || !allKnown(s, "DelayDriver", drivers) || !allKnown(s, "Edition", editions) || !allKnown(s, "Area", areas)
                || !allKnown(s, "Organisation", organisations) || !allKnown(s, "Theme", themes)) {
            return null;
        }
        OffsetDateTime since = since(p, SINCE);
        if (since == null) {
            return null;
        }
        InitiativeCatalogue c = s.initiatives();
        SearchIndex.Hits hits = searching ? s.analyst().initiativeSearch.search(q) : null;
        BitSet text = recent(c, since, hits == null ? null : hits.matched());
        BitSet match = c.matching(drivers, editions, areas, organisations, themes, text);
        int[] order = sort.equals("relevance") ? (hits == null ? c.order("title") : hits.ordinals()) : c.order(sort);
        return new Selection(drivers, editions, areas, organisations, themes, hits, text, match, order);
    }

    private static Answer areas(PublishedSnapshot s, Map<String, List<String>> p) {
        String q = first(p, "q", null);
        List<String> types = all(p, "type");
        List<String> parents = all(p, "parent");
        if (!known(p, AREA_PARAMS) || q != null && q.length() > MAX_Q || !types.stream().allMatch(t -> AREA_TYPE.matcher(t).matches())
                || !allKnown(s, "Area", parents)) {
            return null;
        }
        String text = TextSearch.phrase(q);
        return recent(s.lists().get("areas"), p, i -> i.matches("type", types) && i.matches("parent", parents) && i.text().contains(text));
    }

    private static Answer contacts(PublishedSnapshot s, Map<String, List<String>> p) {
        String q = first(p, "q", null);
        if (!known(p, CONTACT_PARAMS) || !publishedOnly(p) || q != null && q.length() > MAX_Q) {
            return null;
        }
        List<String> areas = all(p, "area");
        List<String> organisations = all(p, "organisation");
        List<String> initiatives = all(p, "initiative");
        List<String> editions = all(p, "edition");
        if (!allKnown(s, "Area", areas) || !allKnown(s, "Organisation", organisations) || !allKnown(s, "Initiative", initiatives)
                || !allKnown(s, "Edition", editions)) {
            return null;
        }
        int[] selected = contactSelection(s, q, areas, organisations, initiatives, editions);
        List<ListItem> items = s.lists().get("area-contacts");
        List<ListItem> kept = new ArrayList<>(selected.length);
        for (int k : selected) {
            kept.add(items.get(k));
        }
        return recent(kept, p, i -> true);
    }

    /**
     * The positions in the contact list of the contacts matching, in answer order: with {@code q},
     * best match first (found by what they are and by the initiatives they work on); otherwise by name.
     */
    private static int[] contactSelection(PublishedSnapshot s, String q, List<String> areas, List<String> organisations,
            List<String> initiatives, List<String> editions) {
        List<ListItem> items = s.lists().get("area-contacts");
        int[] order = q != null && !q.isBlank() ? s.analyst().contactSearch.search(q).ordinals()
                : IntStream.range(0, items.size()).toArray();
        return Arrays.stream(order).filter(k -> {
            ListItem i = items.get(k);
            return i.matches("area", areas) && i.matches("organisation", organisations) && i.matches("initiative", initiatives)
                    && i.matches("edition", editions);
        }).toArray();
    }

    /** The CSV rows of the contacts the list would give for {@code p} (every page), or {@code null} where it would decline. */
    static List<byte[]> contactRows(PublishedSnapshot s, Map<String, List<String>> p) {
        String q = first(p, "q", null);
        List<String> areas = all(p, "area");
        List<String> organisations = all(p, "organisation");
        List<String> initiatives = all(p, "initiative");
        List<String> editions = all(p, "edition");
        if (!known(p, CONTACT_PARAMS) || !publishedOnly(p) || q != null && q.length() > MAX_Q || !allKnown(s, "Area", areas)
                || !allKnown(s, "Organisation", organisations) || !allKnown(s, "Initiative", initiatives) || !allKnown(s, "Edition", editions)) {
            return null;
        }
        OffsetDateTime since = since(p, SINCE);
        if (since == null) {
            return null;
        }
        List<ListItem> items = s.lists().get("area-contacts");
        List<byte[]> rows = new ArrayList<>();
        for (int k : contactSelection(s, q, areas, organisations, initiatives, editions)) {
            if (!items.get(k).at().isBefore(since)) {
                rows.add(s.analyst().contactRows[k]);
            }
        }
        return rows;
    }

    private static Answer organisations(PublishedSnapshot s, Map<String, List<String>> p) {
        String q = first(p, "q", null);
        if (!known(p, ORGANISATION_PARAMS) || q != null && q.length() > MAX_Q) {
            return null;
        }
        String text = TextSearch.phrase(q);
        return list(s.lists().get("organisations"), p, i -> i.text().contains(text));
    }

    private static Answer deletions(PublishedSnapshot s, Map<String, List<String>> p) {
        if (!known(p, DELETION_PARAMS)) {
            return null;
        }
        OffsetDateTime since = since(p, "since");
        OffsetDateTime updatedSince = since(p, SINCE);
        if (since == null || updatedSince == null) {
            return null;
        }
        // the feed's own `since` and the lists' `updatedSince` mean the same here: both must hold
        return list(s.lists().get("deletions"), p, i -> !i.at().isBefore(since) && !i.at().isBefore(updatedSince));
    }

    /** {@link #list}, keeping only entries stamped at or after {@code updatedSince} where one is given. */
    private static Answer recent(List<ListItem> items, Map<String, List<String>> p, Predicate<ListItem> keep) {
        OffsetDateTime since = since(p, SINCE);
        if (since == null) {
            return null;
        }
        return list(items, p, since == EVER ? keep : keep.and(i -> !i.at().isBefore(since)));
    }

    /** {@code within} (all when {@code null}) narrowed to the initiatives updated at or after {@code since}. */
    private static BitSet recent(InitiativeCatalogue c, OffsetDateTime since, BitSet within) {
        if (since == EVER) {
            return within;
        }
        BitSet recent = c.updatedSince(since);
        if (within != null) {
            recent.and(within);
        }
        return recent;
    }

    /** The date-time parameter {@code name} parsed, {@link #EVER} where absent, {@code null} where malformed (the resource gives the 400). */
    private static OffsetDateTime since(Map<String, List<String>> p, String name) {
        String value = first(p, name, null);
        if (value == null || value.isBlank()) {
            return EVER;
        }
        try {
            return UpdatedAt.parse(name, value); // the resource's own reading
        } catch (ApiException e) {
            return null;
        }
    }

    private static Answer list(List<ListItem> items, Map<String, List<String>> p, Predicate<ListItem> keep) {
        int[] page = paging(p);
        if (page == null) {
            return null;
        }
        List<ListItem> matching = items.stream().filter(keep).toList();
        Paged.Paging paging = paging(page, matching.size());
        if (paging == null) {
            return null;
        }
        List<byte[]> results = matching.stream().skip((long) (page[0] - 1) * page[1]).limit(page[1]).map(ListItem::json).toList();
        return new Answer(envelope(results, paging), paging);
    }

    /** The envelope {@code Paged} serialises to: {"results":[...],"paging":{...}}. */
    static Body envelope(List<byte[]> results, Paged.Paging p) {
        return envelope(results, p, null);
    }

    /** The envelope, with {@code "facets"} after the paging when {@code facets} is given. */
    static Body envelope(List<byte[]> results, Paged.Paging p, byte[] facets) {
        int size = 96;
        for (byte[] r : results) {
            size += r.length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes("{\"results\":[".getBytes(StandardCharsets.US_ASCII));
        for (int k = 0; k < results.size(); k++) {
            if (k > 0) {
                out.write(',');
            }
            out.writeBytes(results.get(k));
        }
        out.writeBytes(("],\"paging\":{\"page\":" + p.page() + ",\"pageSize\":" + p.pageSize() + ",\"totalResults\":" + p.totalResults()
                + ",\"totalPages\":" + p.totalPages() + "}").getBytes(StandardCharsets.US_ASCII));
        if (facets != null) {
            out.writeBytes(",\"facets\":".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(facets);
        }
        out.write('}');
        return new Body(out.toByteArray());
    }

    /** page and pageSize as the resource's validation accepts them, or {@code null} where it would refuse them. */
    private static int[] paging(Map<String, List<String>> p) {
        String page = first(p, "page", "1");
        String size = first(p, "pageSize", "20");
        if (!PAGE.matcher(page).matches() || !PAGE_SIZE.matcher(size).matches()) {
            return null;
        }
        int n = Integer.parseInt(page);
        int k = Integer.parseInt(size);
        return n < 1 || k < 1 || k > 100 ? null : new int[] {n, k};
    }

    /** The paging as {@link Paged#of} makes it, or {@code null} where it would refuse the page number. */
    private static Paged.Paging paging(int[] page, long total) {
        int totalPages = (int) ((total + page[1] - 1) / page[1]);
        return page[0] > Math.max(totalPages, 1) ? null : new Paged.Paging(page[0], page[1], total, totalPages);
    }

    private static boolean known(Map<String, List<String>> p, Set<String> names) {
        return names.containsAll(p.keySet());
    }

    private static boolean publishedOnly(Map<String, List<String>> p) {
        return "PUBLISHED".equals(first(p, "status", "PUBLISHED"));
    }

    private static boolean allKnown(PublishedSnapshot s, String entity, List<String> values) {
        return values.isEmpty() || s.slugs().getOrDefault(entity, Set.of()).containsAll(values);
    }

    /** The facets asked for (comma-separated or repeated), none for none, or {@code null} when one is not a facet. */
    static List<String> facets(Map<String, List<String>> p) {
        List<String> wanted = new ArrayList<>();
        for (String value : all(p, "facets")) {
            for (String f : value.split(",", -1)) {
                String name = f.trim();
                if (!AnalystViews.FACETS.contains(name)) {
                    return null;
                }
                wanted.add(name);
            }
        }
        return wanted;
    }

    private static String first(Map<String, List<String>> p, String name, String otherwise) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? otherwise : values.get(0);
    }

    private static List<String> all(Map<String, List<String>> p, String name) {
        return p.getOrDefault(name, List.of());
    }
}
