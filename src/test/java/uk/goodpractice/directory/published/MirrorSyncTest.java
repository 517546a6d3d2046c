package uk.goodpractice.directory.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asEditor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;

/**
 * The mirror protocol of the README, run as a mirror would over HTTP: load the dump, let editors
 * change the directory in every way the API allows, then catch up with {@code updatedSince} on the
 * lists and {@code since} on the deletions feed, and find the mirror equal to a fresh dump.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class MirrorSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String DRIVER = "lack-of-information-sharing";
    private static final String REGION = "greater-manchester";

    @BeforeEach
    void accounts() {
        Editing.accounts();
    }

    /** A mirror: each collection of the dump by slug (matrices by their edition's), organisations as a whole list. */
    private static final class Mirror {
        final Map<String, Map<String, JsonNode>> records = new TreeMap<>();
        JsonNode organisations;
        /** The latest change this mirror knows of: the dump's asOf, then the latest updatedAt or deletedAt a sync read. */
        OffsetDateTime latest;

        static Mirror of(JsonNode dump) {
            Mirror m = new Mirror();
            for (String name : List.of("delayDrivers", "editions", "initiatives", "areas", "areaContacts")) {
                Map<String, JsonNode> bySlug = new TreeMap<>();
                dump.get(name).forEach(r -> bySlug.put(r.get("slug").asText(), r));
                m.records.put(name, bySlug);
            }
            Map<String, JsonNode> matrices = new TreeMap<>();
            dump.get("matrices").forEach(r -> matrices.put(r.get("edition").get("slug").asText(), r));
            m.records.put("matrices", matrices);
            m.organisations = dump.get("organisations");
            m.latest = OffsetDateTime.parse(dump.get("asOf").asText());
            return m;
        }
    }

    private static JsonNode read(Response r) {
        try {
            return JSON.readTree(r.then().statusCode(200).extract().asByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode dump() {
        return read(api().get("/api/v1/exports/directory.json"));
    }

    /** Every result of a public list, all pages. */
    private static List<JsonNode> all(String path, String parameter, String since) {
        List<JsonNode> results = new ArrayList<>();
        for (int page = 1; ; page++) {
            var request = api().queryParam("page", page).queryParam("pageSize", 100);
            if (parameter != null) {
                request = request.queryParam(parameter, since);
            }
            JsonNode answer = read(request.get(path));
            answer.get("results").forEach(results::add);
            if (page >= answer.get("paging").get("totalPages").asInt()) {
                return results;
            }
        }
    }

    /**
     * One sync as the README describes it; returns the records it fetched. It asks for changes strictly
     * after the latest it knows of (a microsecond later), without the README's minute of overlap: here
     * every write has committed and been published before the sync starts, and asking for exactly what
     * changed since lets the test see that each kind of edit moves the records it should.
     */
    private static List<String> sync(Mirror m) {
        String since = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.latest.plusNanos(1000));
        OffsetDateTime latest = m.latest;
        for (JsonNode d : all("/api/v1/deletions", "since", since)) {
            String collection = switch (d.get("type").asText()) {
                case "initiative" -> "initiatives";
                case "area-contact" -> "areaContacts";
                case "area" -> "areas";
                default -> throw new AssertionError("unknown deletion type " + d);
            };
            m.records.get(collection).remove(d.get("slug").asText());
            latest = later(latest, d.get("deletedAt").asText());
        }
        List<String> fetched = new ArrayList<>();
        Map<String, String> lists = Map.of("delayDrivers", "delay-drivers", "editions", "editions", "initiatives", "initiatives",
                "areas", "areas", "areaContacts", "area-contacts");
        for (Map.Entry<String, String> list : lists.entrySet()) {
            for (JsonNode summary : all("/api/v1/" + list.getValue(), "updatedSince", since)) {
                String slug = summary.get("slug").asText();
                m.records.get(list.getKey()).put(slug, read(api().get("/api/v1/" + list.getValue() + "/" + slug)));
                fetched.add(list.getValue() + "/" + slug);
                latest = later(latest, summary.get("updatedAt").asText());
                if (list.getKey().equals("editions")) {
                    if (summary.get("hasMatrix").asBoolean()) {
                        m.records.get("matrices").put(slug, read(api().get("/api/v1/editions/" + slug + "/matrix")));
                    } else {
                        m.records.get("matrices").remove(slug);
                    }
                }
            }
        }
        // organisations are names, not records: a small list read whole
        m.organisations = JSON.valueToTree(all("/api/v1/organisations", null, null));
        m.latest = latest;
        return fetched;
    }

    private static OffsetDateTime later(OffsetDateTime known, String time) {
        OffsetDateTime t = OffsetDateTime.parse(time);
        return t.isAfter(known) ? t : known;
    }

    /** Syncs the mirror after one edit and finds it equal to a fresh dump; returns what the sync fetched. */
    private static List<String> syncAndCompare(Mirror mirror, String edit) {
        List<String> fetched = sync(mirror);
        JsonNode after = dump();
        Mirror fresh = Mirror.of(after);
        for (String collection : fresh.records.keySet()) {
            assertEquals(fresh.records.get(collection), mirror.records.get(collection),
                    "after " + edit + ", the mirror's " + collection + " equal the fresh dump's (the sync fetched " + fetched + ")");
        }
        assertEquals(fresh.organisations, mirror.organisations, "after " + edit + ", the organisations");
        int total = after.get("initiatives").size() + after.get("areas").size() + after.get("areaContacts").size()
                + after.get("editions").size() + after.get("delayDrivers").size();
        assertTrue(fetched.size() < total / 4, "after " + edit + ", the sync fetched only what changed: " + fetched);
        return fetched;
    }

    private static String etag(String path) {
        return Editing.etag(path + "/editable");
    }

    private static void patch(String path, Object body) {
        asEditor().contentType(MERGE_PATCH).header("If-Match", etag(path)).body(body).patch(path).then().statusCode(200);
    }

    private static void delete(String path) {
        asEditor().header("If-Match", etag(path)).delete(path).then().statusCode(204);
    }

    private static String initiative(String edition, String title) {
        return initiative(Editing.unique("mirror"), edition, title);
    }

    private static String initiative(String slug, String edition, String title) {
        asEditor().contentType("application/json").body(Map.of("slug", slug, "title", title, "summary", "What " + title + " does",
                "edition", edition)).post("/api/v1/initiatives").then().statusCode(201);
        return slug;
    }

    private static String contact(String edition, String area, String initiative, String organisation) {
        return contact(Editing.unique("mirror-contact"), edition, area, initiative, organisation);
    }

    private static String contact(String slug, String edition, String area, String initiative, String organisation) {
        asEditor().contentType("application/json").body(Map.of("slug", slug, "name", "Mirror Contact " + slug, "role", "Lead",
                "organisation", organisation, "edition", edition, "areas", List.of(area), "initiatives", List.of(initiative)))
                .post("/api/v1/area-contacts").then().statusCode(201);
        return slug;
    }

    private static String area(String name) {
        return area(Editing.unique("mirror-area"), name);
    }

    private static String area(String slug, String name) {
        asEditor().contentType("application/json").body(Map.of("slug", slug, "name", name, "type", "LOCAL_AUTHORITY", "parent", REGION))
                .post("/api/v1/areas").then().statusCode(201);
        return slug;
    }

    @Test
    void aMirrorLoadedFromTheDump_andSyncedWithUpdatedSinceAndDeletionsAfterEachEdit_equalsAFreshDump() {
        Mirror mirror = Mirror.of(dump());
        String area = Editing.unique("mirror-area");
        String goneArea = Editing.unique("mirror-area");
        String edition = Editing.unique("mirror-edition");
        String kept = Editing.unique("mirror");
        String unpublished = Editing.unique("mirror");
        String deleted = Editing.unique("mirror");
        String late = Editing.unique("mirror");
        String contact = Editing.unique("mirror-contact");
        String goneContact = Editing.unique("mirror-contact");
        String restoredContact = Editing.unique("mirror-contact");

        area(area, "Mirror Borough Council");
        area(goneArea, "Mirror Gone Council");
        assertTrue(syncAndCompare(mirror, "creating areas").containsAll(List.of("areas/" + area, "areas/" + REGION)),
                "the new areas, and the region that now lists them");

        asEditor().contentType("application/json").body(Map.of("slug", edition, "title", "Mirror edition", "series", "Mirror series",
                "label", edition)).post("/api/v1/editions").then().statusCode(201);
        initiative(kept, edition, "Mirror Kept Initiative");
        initiative(unpublished, edition, "Mirror Unpublished Initiative");
        initiative(deleted, edition, "Mirror Deleted Initiative");
        patch("/api/v1/initiatives/" + kept, Map.of("areas", List.of(area), "leadOrganisation", "Mirror Lead Organisation"));
        assertEquals(List.of(), syncAndCompare(mirror, "drafting"), "drafts change nothing public");

        asEditor().header("If-Match", etag("/api/v1/editions/" + edition)).post("/api/v1/editions/" + edition + "/publish")
                .then().statusCode(200);
        syncAndCompare(mirror, "publishing an edition");

        contact(contact, edition, area, kept, "Mirror Employer");
        contact(goneContact, edition, area, kept, "Mirror Employer");
        contact(restoredContact, edition, area, kept, "Mirror Employer");
        syncAndCompare(mirror, "creating contacts");

        asEditor().contentType("application/json").body(Map.of("initiative", kept, "driver", DRIVER, "edition", edition,
                "provenance", "EDITORIAL", "rationale", "A mirror test maps it")).post("/api/v1/driver-mappings").then().statusCode(201);
        assertTrue(syncAndCompare(mirror, "mapping a driver").containsAll(List.of("initiatives/" + kept, "delay-drivers/" + DRIVER)));

        patch("/api/v1/editions/" + edition, Map.of("label", "Renamed for the mirror"));
        assertTrue(syncAndCompare(mirror, "renaming an edition").containsAll(List.of("editions/" + edition, "initiatives/" + kept,
                "area-contacts/" + contact, "delay-drivers/" + DRIVER)));

        patch("/api/v1/area-contacts/" + contact, Map.of("role", "Renamed role"));
        assertTrue(syncAndCompare(mirror, "editing a contact").containsAll(List.of("area-contacts/" + contact, "initiatives/" + kept,
                "areas/" + area)));

        patch("/api/v1/areas/" + area, Map.of("name", "Mirror Borough Council (renamed)"));
        assertTrue(syncAndCompare(mirror, "renaming an area").containsAll(List.of("areas/" + area, "initiatives/" + kept,
                "area-contacts/" + contact, "areas/" + REGION)));

        patch("/api/v1/initiatives/" + kept, Map.of("leadOrganisation", "Another Mirror Organisation"));
        syncAndCompare(mirror, "changing an organisation");

        Response editable = asEditor().get("/api/v1/initiatives/" + kept + "/editable");
        Map<String, Object> whole = new HashMap<>(editable.then().statusCode(200).extract().jsonPath().getMap(""));
        whole.put("title", "Mirror Kept Initiative, replaced");
        asEditor().contentType("application/json").header("If-Match", editable.header("ETag")).body(whole)
                .put("/api/v1/initiatives/" + kept).then().statusCode(200);
        // its title shows in its contacts, its areas and its drivers (an edition shows the title it printed)
        assertTrue(syncAndCompare(mirror, "replacing an initiative").containsAll(List.of("initiatives/" + kept,
                "area-contacts/" + contact, "areas/" + area, "delay-drivers/" + DRIVER)));

        patch("/api/v1/initiatives/" + unpublished, Map.of("status", "DRAFT"));
        syncAndCompare(mirror, "unpublishing an initiative");
        delete("/api/v1/initiatives/" + deleted);
        syncAndCompare(mirror, "deleting an initiative");
        delete("/api/v1/area-contacts/" + goneContact);
        syncAndCompare(mirror, "deleting a contact");
        delete("/api/v1/area-contacts/" + restoredContact);
        asEditor().header("If-Match", etag("/api/v1/area-contacts/" + restoredContact))
                .post("/api/v1/area-contacts/" + restoredContact + "/restore").then().statusCode(200);
        assertTrue(syncAndCompare(mirror, "deleting and restoring a contact").contains("area-contacts/" + restoredContact));
        delete("/api/v1/areas/" + goneArea);
        syncAndCompare(mirror, "deleting an area");

        initiative(late, edition, "Mirror Late Initiative");
        // publishing one record: it needs its text in a published edition
        patch("/api/v1/initiatives/" + late, Map.of("status", "PUBLISHED", "appearances", List.of(Map.of("edition", edition,
                "title", "Mirror Late Initiative", "location", "Slide 2", "sections", List.of(Map.of("heading", "What it is",
                        "blocks", List.of(Map.of("paragraph", "A late addition.")))),
                "links", List.of(), "figures", List.of(), "references", List.of()))));
        assertTrue(syncAndCompare(mirror, "publishing an initiative").contains("initiatives/" + late));

        Mirror fresh = Mirror.of(dump());
        assertTrue(!fresh.records.get("initiatives").containsKey(unpublished) && !fresh.records.get("initiatives").containsKey(deleted)
                && !fresh.records.get("areaContacts").containsKey(goneContact) && !fresh.records.get("areas").containsKey(goneArea)
                && fresh.records.get("areaContacts").containsKey(restoredContact) && fresh.records.get("initiatives").containsKey(late),
                "the dump shows the unpublishing, the deletions, the restore and the publishing");
    }

    @Test
    void renamingAnEdition_movesTheUpdatedAtOfTheInitiativesAndContactsThatShowIt() {
        String edition = Editing.draftEdition();
        String area = area("Mirror Stamp Council");
        String slug = initiative(edition, "Mirror Stamp Initiative");
        asEditor().header("If-Match", etag("/api/v1/editions/" + edition)).post("/api/v1/editions/" + edition + "/publish")
                .then().statusCode(200);
        String contact = contact(edition, area, slug, "Mirror Stamp Employer");
        String initiativeAt = api().get("/api/v1/initiatives/" + slug).then().statusCode(200).extract().path("updatedAt");
        String contactAt = api().get("/api/v1/area-contacts/" + contact).then().statusCode(200).extract().path("updatedAt");
        String untouched = api().get("/api/v1/delay-drivers/court-capacity").then().statusCode(200).extract().path("updatedAt");

        patch("/api/v1/editions/" + edition, Map.of("label", "Stamp renamed"));

        Response detail = api().get("/api/v1/initiatives/" + slug);
        String movedTo = detail.then().statusCode(200).extract().path("updatedAt");
        assertTrue(movedTo.compareTo(initiativeAt) > 0, initiativeAt + " then " + movedTo);
        assertTrue(api().get("/api/v1/area-contacts/" + contact).then().extract().<String>path("updatedAt").compareTo(contactAt) > 0);
        assertEquals(untouched, api().get("/api/v1/delay-drivers/court-capacity").then().extract().path("updatedAt"),
                "an answer that does not show the edition keeps its updatedAt");
        List<String> recent = api().queryParam("updatedSince", movedTo).queryParam("pageSize", 100).get("/api/v1/initiatives")
                .then().statusCode(200).extract().path("results.slug");
        assertTrue(recent.contains(slug), "updatedSince finds it: " + recent);
        assertEquals(detail.header("ETag"), api().head("/api/v1/initiatives/" + slug).then().extract().header("ETag"),
                "HEAD names the tag GET gives");
    }

    @Test
    void aMalformedUpdatedSince_is400NamingIt() {
        for (String list : List.of("initiatives", "area-contacts", "areas", "editions", "delay-drivers", "deletions")) {
            api().queryParam("updatedSince", "yesterday").get("/api/v1/" + list).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", org.hamcrest.Matchers.equalTo("updatedSince"));
        }
    }
}
