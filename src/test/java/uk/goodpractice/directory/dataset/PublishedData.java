package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.goodpractice.directory.Api.api;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The data set as a client reads it through the public API: every page of a list, and each record once. */
final class PublishedData {

    private static final Map<String, JsonPath> EDITIONS = new ConcurrentHashMap<>();
    private static final Map<String, JsonPath> INITIATIVES = new ConcurrentHashMap<>();
    private static volatile List<String> initiativeSlugs;

    private PublishedData() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    static JsonPath get(String path) {
        return api().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Every result of a paged list, fetched 100 at a time; query values may be repeated. */
    static List<Map<String, Object>> all(String path, String... query) {
        List<Map<String, Object>> results = new ArrayList<>();
        int page = 1;
        long total;
        int pages;
        do {
            var request = api().queryParam("page", page).queryParam("pageSize", 100);
            for (int q = 0; q < query.length; q += 2) {
                request = request.queryParam(query[q], query[q + 1]);
            }
            JsonPath json = request.get(path).then().statusCode(200).extract().jsonPath();
            results.addAll(maps(json.get("results")));
            total = json.getLong("paging.totalResults");
            pages = json.getInt("paging.totalPages");
            page++;
        } while (page <= pages);
        assertEquals(total, results.size(), "paging through " + path + " collects every result");
        return results;
    }

    static List<String> slugs(List<Map<String, Object>> results) {
        return results.stream().map(r -> str(r, "slug")).toList();
    }

    static JsonPath edition(String slug) {
        return EDITIONS.computeIfAbsent(slug, s -> get("/api/v1/editions/" + s));
    }

    static List<Map<String, Object>> editionInitiatives(String slug) {
        return maps(edition(slug).get("initiatives"));
    }

    static Set<String> editionInitiativeSlugs(String slug) {
        return editionInitiatives(slug).stream().map(i -> str(i, "slug")).collect(Collectors.toCollection(TreeSet::new));
    }

    static JsonPath initiative(String slug) {
        return INITIATIVES.computeIfAbsent(slug, s -> get("/api/v1/initiatives/" + s));
    }

    static List<String> allInitiativeSlugs() {
        if (initiativeSlugs == null) {
            initiativeSlugs = slugs(all("/api/v1/initiatives"));
        }
        return initiativeSlugs;
    }

    /** Driver slug by the label the API returns (the matrix wording). */
    static Map<String, String> driverSlugByLabel() {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (Map<String, Object> d : all("/api/v1/delay-drivers")) {
            bySlug.put(str(d, "label"), str(d, "slug"));
        }
        return bySlug;
    }

    /** Initiative slug of each printed matrix column header, as the edition's matrixTitle records it. */
    static Map<String, String> slugByMatrixTitle(String guide) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (Map<String, Object> i : editionInitiatives(guide)) {
            bySlug.put(str(i, "matrixTitle"), str(i, "slug"));
        }
        return bySlug;
    }

    /** The edition list, the edition's own record and the initiatives list filtered by it all count {@code expected} initiatives. */
    static void assertEditionPresents(String editionSlug, int expected) {
        Map<String, Object> summary = all("/api/v1/editions").stream()
                .filter(e -> editionSlug.equals(e.get("slug"))).findFirst()
                .orElseThrow(() -> new AssertionError("edition " + editionSlug + " is not listed"));
        long filtered = api().queryParam("edition", editionSlug).get("/api/v1/initiatives").then().statusCode(200)
                .extract().jsonPath().getLong("paging.totalResults");
        assertAll(
                () -> assertEquals(expected, ((Number) summary.get("initiativeCount")).intValue(), "initiativeCount in the edition list"),
                () -> assertEquals(expected, editionInitiatives(editionSlug).size(), "initiatives of the edition detail"),
                () -> assertEquals(expected, filtered, "initiatives?edition=" + editionSlug));
    }
}
