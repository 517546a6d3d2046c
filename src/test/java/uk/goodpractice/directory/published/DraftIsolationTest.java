package uk.goodpractice.directory.published;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asEditor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Api;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;
import java.time.OffsetDateTime;

/**
 * Nothing unpublished reaches a public answer. Builds drafts of every kind (a draft edition holding
 * a published initiative's new appearance with words found nowhere else, a draft-only organisation,
 * driver mappings in the draft edition and a deleted one in a published edition), then walks every
 * public GET operation of {@code openapi/openapi.yaml} (path parameters filled from the list
 * answers, so a new endpoint is covered without editing this test) and finds every answer as it was
 * before the drafts, byte for byte (its {@code version}, {@code updatedAt} and ETag too), no marker
 * word in any, and every draft value refused as a filter like an unknown one.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class DraftIsolationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "quokkazephyr";
    private static final List<String> NEVER_FILLED = List.of("page", "pageSize", "sort", "status", "since", "q", "type");

    @Test
    void draftsLeaveNoTraceInAnyPublicAnswer() throws IOException {
        Editing.accounts();
        List<String> operations = publicGetPaths();
        assertTrue(operations.size() >= 12, "public GET operations found in the contract: " + operations);

        String published = firstPublishedInitiativeWithDrivers();
        JsonNode publicDetail = json(api().get("/api/v1/initiatives/" + published));
        String publishedEdition = publicDetail.path("appearances").get(0).path("edition").path("slug").asText();
        String unmappedDriver = driverNotMappedTo(publicDetail);

        // a deleted mapping in a published edition: made before the first walk, as the public saw it for a moment
        // (between the create and the delete), which rightly moves what it showed
        Response mapping = asEditor().contentType("application/json")
                .body(Map.of("initiative", published, "driver", unmappedDriver, "edition", publishedEdition, "provenance", "EDITORIAL",
                        "rationale", MARKER + " deleted rationale"))
                .post("/api/v1/driver-mappings");
        mapping.then().statusCode(201);
        asEditor().header("If-Match", mapping.header("ETag")).delete(mapping.header("Location").replaceFirst("^https?://[^/]+", ""))
                .then().statusCode(204);
        Map<String, JsonNode> before = walk(operations);
        Map<String, String> etagsBefore = etags(operations);

        // a draft edition holding the published initiative's new appearance, mapped to drivers there
        String edition = MARKER + "-edition-" + System.nanoTime();
        asEditor().contentType("application/json")
                .body(Map.of("slug", edition, "title", MARKER + " title", "series", MARKER + " series", "label", MARKER + " label"))
                .post("/api/v1/editions").then().statusCode(201);
        Response editable = asEditor().get("/api/v1/initiatives/" + published + "/editable");
        ObjectNode changes = (ObjectNode) json(editable);
        List<Object> appearances = new ArrayList<>(editable.jsonPath().getList("appearances"));
        appearances.add(Map.of("edition", edition, "title", MARKER + " appearance", "summary", MARKER + " summary", "location", "Slide 1",
                "sections", List.of(Map.of("heading", MARKER + " heading", "blocks", List.of(Map.of("paragraph", MARKER + " wording")))),
                "links", List.of(), "figures", List.of(), "references", List.of()));
        List<Object> drivers = new ArrayList<>(editable.jsonPath().getList("drivers"));
        drivers.add(Map.of("driver", unmappedDriver, "edition", edition, "provenance", "EDITORIAL", "rationale", MARKER + " rationale"));
        assertTrue(changes.has("appearances"));
        asEditor().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", editable.header("ETag"))
                .body(Map.of("appearances", appearances, "drivers", drivers))
                .patch("/api/v1/initiatives/" + published).then().statusCode(200);

        // a draft initiative whose lead organisation nothing published names
        String draftInitiative = MARKER + "-initiative-" + System.nanoTime();
        asEditor().contentType("application/json")
                .body(Map.of("slug", draftInitiative, "title", MARKER + " initiative", "summary", MARKER + " summary",
                        "leadOrganisation", "Quokkazephyr Trust", "edition", edition))
                .post("/api/v1/initiatives").then().statusCode(201);
        String draftOrganisation = "quokkazephyr-trust";

        // the editor sees the drafts, so they exist
        asEditor().queryParam("status", "ANY").queryParam("q", MARKER).get("/api/v1/initiatives").then().statusCode(200)
                .body("paging.totalResults", equalTo(2));

        Map<String, JsonNode> after = walk(operations);
        assertEquals(before.keySet(), after.keySet(), "the same public answers");
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            String text = e.getValue().toString().toLowerCase(Locale.ROOT);
            assertFalse(text.contains(MARKER), "draft wording in " + e.getKey());
            assertEquals(before.get(e.getKey()), e.getValue(), "public answer changed: " + e.getKey());
        }
        assertEquals(etagsBefore, etags(operations), "the public ETags");
        // neither the deleted mapping nor the draft edition's one shows the driver they name
        api().get("/api/v1/initiatives/" + published).then().statusCode(200)
                .body("delayDrivers.driver.slug", not(hasItem(unmappedDriver)));
        api().queryParam("pageSize", 100).get("/api/v1/initiatives").then().statusCode(200)
                .body("results.find { it.slug == '" + published + "' }.delayDrivers.slug", not(hasItem(unmappedDriver)));

        // every draft value is as unknown to a public filter as a made-up one
        for (String op : operations) {
            if (op.contains("{")) {
                continue;
            }
            for (String parameter : queryParameters(op)) {
                if (NEVER_FILLED.contains(parameter)) {
                    continue;
                }
                for (String draft : List.of(edition, draftOrganisation, draftInitiative)) {
                    int status = api().queryParam(parameter, draft).get(op).statusCode();
                    int unknown = api().queryParam(parameter, "no-such-" + parameter + "-anywhere").get(op).statusCode();
                    assertEquals(unknown, status, op + "?" + parameter + "=" + draft + " answers like an unknown value");
                }
            }
        }
        api().queryParam("organisation", draftOrganisation).get("/api/v1/initiatives").then().statusCode(400);
        api().queryParam("q", MARKER).get("/api/v1/initiatives").then().statusCode(200).body("paging.totalResults", equalTo(0));
        api().get("/api/v1/editions/" + edition).then().statusCode(404);
        api().get("/api/v1/editions/" + edition + "/matrix").then().statusCode(404);
        api().get("/api/v1/initiatives/" + draftInitiative).then().statusCode(404);
        api().queryParam("pageSize", 100).get("/api/v1/organisations").then().statusCode(200)
                .body("results.slug", not(hasItem(draftOrganisation)));
    }

    @Test
    void draftOnlyEditOfAPublishedInitiative_movesNoPublicByte_andPublishingItMovesThem() throws IOException {
        Editing.accounts();
        JsonNode firstPage = json(api().queryParam("pageSize", 100).get("/api/v1/initiatives"));
        JsonNode results = firstPage.path("results");
        // one the other test does not pick
        String slug = results.get(results.size() - 1).path("slug").asText();
        String path = "/api/v1/initiatives/" + slug;
        Response detailBefore = api().get(path).then().statusCode(200).extract().response();
        String editorTagBefore = Editing.etag(path);
        Map<String, JsonNode> listBefore = allPages("/api/v1/initiatives");
        String listTagBefore = api().get("/api/v1/initiatives").then().extract().header("ETag");
        String asOfBefore = json(api().get("/api/v1/exports/directory.json")).path("asOf").asText();
        assertEquals("\"v" + json(detailBefore).path("version").asLong() + "\"", editorTagBefore,
                "before any draft edit the public version is the row's");

        // the published initiative added to a draft edition: a new row version that only editors see
        String edition = Editing.draftEdition();
        Editing.appearance(slug, edition);
        String editorTag = Editing.etag(path);
        assertFalse(editorTag.equals(editorTagBefore), "the editor's read shows the row's new version");
        asEditor().get(path).then().statusCode(200).body("appearances.edition.slug", hasItem(edition));

        Response detailAfter = api().get(path).then().statusCode(200).extract().response();
        assertEquals(detailBefore.asString(), detailAfter.asString(), "the anonymous detail, version and updatedAt included");
        assertEquals(detailBefore.header("ETag"), detailAfter.header("ETag"));
        assertEquals(listBefore, allPages("/api/v1/initiatives"), "the list");
        assertEquals(listTagBefore, api().get("/api/v1/initiatives").then().extract().header("ETag"));
        assertEquals(asOfBefore, json(api().get("/api/v1/exports/directory.json")).path("asOf").asText(), "the dump's asOf");

        // publishing shows the new appearance, and everything moves with it
        asEditor().header("If-Match", Editing.etag("/api/v1/editions/" + edition + "/editable")).post("/api/v1/editions/" + edition + "/publish")
                .then().statusCode(200);
        Response published = api().get(path).then().statusCode(200).body("appearances.edition.slug", hasItem(edition)).extract().response();
        JsonNode after = json(published);
        String editorTagAfter = Editing.etag(path);
        assertEquals(editorTagAfter, "\"v" + after.path("version").asLong() + "\"", "the public version is the row's when it last changed");
        assertTrue(after.path("version").asLong() > json(detailBefore).path("version").asLong(), "the public version moved on");
        assertTrue(OffsetDateTime.parse(after.path("updatedAt").asText())
                .isAfter(OffsetDateTime.parse(json(detailBefore).path("updatedAt").asText())), "updatedAt moved on");
        assertFalse(detailBefore.header("ETag").equals(published.header("ETag")), "the ETag moved");
        assertFalse(listBefore.equals(allPages("/api/v1/initiatives")), "the list moved");
        assertTrue(OffsetDateTime.parse(json(api().get("/api/v1/exports/directory.json")).path("asOf").asText())
                .isAfter(OffsetDateTime.parse(asOfBefore)), "the dump's asOf moved on");
    }

    @Test
    void unpublishing_appearsInTheDeletionsFeed() {
        Editing.accounts();
        String slug = Editing.draftInitiative();
        String etag = asEditor().contentType("application/merge-patch+json").header("If-Match", Editing.etag("/api/v1/initiatives/" + slug))
                // published with text in a published edition, as publishing requires
                .body("{\"status\":\"PUBLISHED\",\"appearances\":[{\"edition\":\"innovation-programme-directory-2016\",\"title\":\"A test initiative\","
                        + "\"sections\":[{\"heading\":\"What is it?\",\"blocks\":[{\"paragraph\":\"Text the public can read.\"}]}],"
                        + "\"links\":[],\"figures\":[],\"references\":[]}]}")
                .patch("/api/v1/initiatives/" + slug).then().statusCode(200).extract().header("ETag");
        api().get("/api/v1/initiatives/" + slug).then().statusCode(200);
        api().queryParam("pageSize", 100).get("/api/v1/deletions").then().statusCode(200).body("results.slug", not(hasItem(slug)));

        asEditor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\":\"DRAFT\"}").patch("/api/v1/initiatives/" + slug).then().statusCode(200);
        api().get("/api/v1/initiatives/" + slug).then().statusCode(404);
        api().queryParam("pageSize", 100).get("/api/v1/deletions").then().statusCode(200)
                .body("results.findAll { it.slug == '" + slug + "' }.type", equalTo(List.of("initiative")));
    }

    /** Every GET path of the contract that needs no sign-in. */
    static List<String> publicGetPaths() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        List<String> paths = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = contract.path("paths").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().path("get");
            // a public read: anyone may call it and it answers with a body (not a redirect such as the organisation sign-in)
            if (!get.isMissingNode() && anyoneMayCall(get) && get.path("responses").has("200") && path.getKey().startsWith("/api/v1/")) {
                paths.add(path.getKey());
            }
        }
        return paths;
    }

    /** No security, {@code security: []}, or an empty requirement ({@code {}}) among the alternatives: sign-in optional. */
    private static boolean anyoneMayCall(JsonNode operation) {
        JsonNode security = operation.path("security");
        if (security.isMissingNode() || security.isEmpty()) {
            return true;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> queryParameters(String path) throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode p : contract.path("paths").path(path).path("get").path("parameters")) {
            if ("query".equals(p.path("in").asText())) {
                names.add(p.path("name").asText());
            }
        }
        return names;
    }

    /**
     * Every public answer: each list (all its pages), and each path with a parameter once for every
     * value the list above it gives ({@code /editions/{slug}/matrix} from {@code /editions}).
     */
    private static Map<String, JsonNode> walk(List<String> operations) throws IOException {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String op : operations) {
            int brace = op.indexOf('{');
            boolean csv = op.endsWith(".csv");
            if (brace < 0) {
                if (csv) {
                    answers.put(op, csv(api().accept("text/csv").get(op).then().statusCode(200).extract().asString()));
                } else if (queryParameters(op).contains("page")) {
                    answers.putAll(allPages(op));
                } else {
                    answers.put(op, json(api().get(op).then().statusCode(200).extract().response()));
                }
                continue;
            }
            String name = op.substring(brace + 1, op.indexOf('}'));
            String list = op.substring(0, brace - 1);
            String field = name;
            if (!operations.contains(list)) {
                // an export named by another list's value: /exports/matrices/{edition}.csv takes the editions' slugs
                list = "/api/v1/" + name + "s";
                field = "slug";
            }
            for (JsonNode page : allPages(list).values()) {
                for (JsonNode item : page.path("results")) {
                    String value = item.path(field).asText();
                    String path = op.replace("{" + name + "}", value);
                    Response r = csv ? api().accept("text/csv").get(path) : api().get(path);
                    if (r.statusCode() == 200) {
                        answers.put(path, csv ? csv(r.asString()) : json(r));
                    } else {
                        assertEquals(404, r.statusCode(), path);
                        answers.put(path, JSON.getNodeFactory().numberNode(404));
                    }
                }
            }
        }
        return answers;
    }

    private static Map<String, JsonNode> allPages(String list) throws IOException {
        Map<String, JsonNode> pages = new LinkedHashMap<>();
        for (int page = 1; ; page++) {
            JsonNode body = json(api().queryParam("pageSize", 100).queryParam("page", page).get(list).then().statusCode(200).extract().response());
            pages.put(list + "?page=" + page, body);
            if (page >= body.path("paging").path("totalPages").asInt()) {
                return pages;
            }
        }
    }

    private static JsonNode csv(String text) {
        return JSON.getNodeFactory().textNode(text);
    }

    /** The ETag of every public answer without a path parameter (the lists' first pages, the exports, the dump). */
    private static Map<String, String> etags(List<String> operations) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String op : operations) {
            if (!op.contains("{")) {
                tags.put(op, (op.endsWith(".csv") ? api().accept("text/csv") : api()).get(op).then().statusCode(200).extract().header("ETag"));
            }
        }
        return tags;
    }

    private static String firstPublishedInitiativeWithDrivers() throws IOException {
        for (JsonNode s : json(api().queryParam("pageSize", 100).get("/api/v1/initiatives")).path("results")) {
            if (s.path("delayDrivers").size() > 0 && s.path("delayDrivers").size() < 10) {
                return s.path("slug").asText();
            }
        }
        throw new AssertionError("no published initiative with some but not all drivers");
    }

    private static String driverNotMappedTo(JsonNode detail) throws IOException {
        List<String> mapped = new ArrayList<>();
        detail.path("delayDrivers").forEach(m -> mapped.add(m.path("driver").path("slug").asText()));
        for (JsonNode d : json(api().get("/api/v1/delay-drivers")).path("results")) {
            if (!mapped.contains(d.path("slug").asText())) {
                return d.path("slug").asText();
            }
        }
        throw new AssertionError("mapped to every driver");
    }

    private static JsonNode json(Response r) throws IOException {
        return JSON.readTree(r.asByteArray());
    }
}
