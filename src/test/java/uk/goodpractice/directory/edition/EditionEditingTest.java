package uk.goodpractice.directory.edition;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asAdmin;
import static uk.goodpractice.directory.Editing.asEditor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.EditingProfile;
import uk.goodpractice.directory.Editing;

/**
 * Drafting and publishing editions through the API, as the guide's editors will: a new edition
 * with a new initiative mapped to two drivers stays invisible until published, then appears
 * everywhere at once.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class EditionEditingTest {

    private static final String EDITIONS = "/api/v1/editions";
    private static final String INITIATIVES = "/api/v1/initiatives";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @BeforeEach
    void anEditor() {
        Editing.accounts(); // once: it remembers
    }

    static String newEdition() {
        String slug = "test-edition-" + System.nanoTime();
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Good Practice Guide\",\"series\":\"DFJ Trailblazer Good Practice Guide\",\"label\":\"Quarter 1: 2025/26\"}")
                .post(EDITIONS).then().statusCode(201)
                .header("Location", containsString(EDITIONS + "/" + slug))
                .header("ETag", equalTo("\"v0\""))
                .body("status", equalTo("DRAFT"));
        return slug;
    }

    static String newInitiativeIn(String edition) {
        String slug = "test-initiative-" + System.nanoTime();
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Kinship Reach\",\"edition\":\"" + edition + "\"}")
                .post(INITIATIVES).then().statusCode(201)
                .body("appearances[0].edition", equalTo(edition))
                .body("appearances[0].title", equalTo("Kinship Reach"));
        return slug;
    }

    static String etag(String path) {
        return asEditor().get(path + "/editable").then().statusCode(200).extract().header("ETag");
    }

    /** The whole editable initiative with two printed-matrix ticks, a section, a link and an area. */
    static String mappedToTwoDrivers(String edition) {
        return """
                {"title":"Kinship Reach","summary":"Peer support for kinship carers","status":"DRAFT","leadOrganisation":"Salford City Council",
                 "partners":[],"areas":["salford"],"contacts":[],
                 "appearances":[{"edition":"%1$s","title":"Kinship Reach","summary":"Peer support","location":"Slide 4",
                   "sections":[{"heading":"What is the initiative?","blocks":[{"paragraph":"Monthly groups for kinship carers."},
                     {"list":{"ordered":false,"items":["Groups",{"text":"A helpline","list":{"ordered":true,"items":["Weekdays"]}}]}}]}],
                   "links":[{"title":"Programme page","url":"https://www.salford.gov.uk/"}],"figures":[],"references":[]}],
                 "drivers":[{"edition":"%1$s","driver":"lack-of-information-sharing","provenance":"PRINTED_MATRIX"},
                            {"edition":"%1$s","driver":"late-family-presentation","provenance":"PRINTED_MATRIX"}]}
                """.formatted(edition);
    }

    @Test
    void aDraftEdition_isHiddenFromThePublic_andListedForEditors() {
        String slug = newEdition();
        api().get(EDITIONS + "/" + slug).then().statusCode(404);
        api().get(EDITIONS + "?pageSize=100").then().statusCode(200).body("results.slug", not(hasItem(slug)));
        api().get(EDITIONS + "?status=DRAFT").then().statusCode(401).contentType("application/problem+json");
        asEditor().get(EDITIONS + "?status=DRAFT&pageSize=100").then().statusCode(200)
                .body("results.slug", hasItem(slug)).body("results.status", everyItem(equalTo("DRAFT")));
        asEditor().get(EDITIONS + "/" + slug).then().statusCode(200).body("status", equalTo("DRAFT"));
        api().get(INITIATIVES + "?edition=" + slug).then().statusCode(400).body("errors[0].parameter", equalTo("edition"));
    }

    @Test
    void publishing_makesTheEditionItsInitiativeAndBothMappingsPublicAtOnce_andRecordsTheDate() {
        String edition = newEdition();
        String initiative = newInitiativeIn(edition);
        asEditor().contentType("application/json").header("If-Match", etag(INITIATIVES + "/" + initiative))
                .body(mappedToTwoDrivers(edition)).put(INITIATIVES + "/" + initiative).then().statusCode(200)
                .body("drivers", hasSize(2)).body("areas", equalTo(List.of("salford")));
        api().get(INITIATIVES + "/" + initiative).then().statusCode(404);
        api().get(INITIATIVES + "?driver=lack-of-information-sharing&pageSize=100").then().body("results.slug", not(hasItem(initiative)));

        asEditor().post(EDITIONS + "/" + edition + "/publish").then().statusCode(428);
        asEditor().header("If-Match", "\"v99\"").post(EDITIONS + "/" + edition + "/publish").then().statusCode(412)
                .header("ETag", equalTo(etag(EDITIONS + "/" + edition)));
        asEditor().header("If-Match", etag(EDITIONS + "/" + edition)).post(EDITIONS + "/" + edition + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue())
                .body("publicationDate", equalTo(LocalDate.now(ZoneId.of("Europe/London")).toString()))
                .body("initiatives[0].status", equalTo("PUBLISHED"));

        api().get(EDITIONS + "/" + edition).then().statusCode(200).body("initiatives.slug", equalTo(List.of(initiative)));
        api().get(EDITIONS + "?pageSize=100").then().body("results.slug", hasItem(edition));
        JsonPath detail = api().get(INITIATIVES + "/" + initiative).then().statusCode(200).extract().jsonPath();
        // drivers in the matrix's order
        assertEquals(List.of("late-family-presentation", "lack-of-information-sharing"), detail.getList("delayDrivers.driver.slug"));
        assertEquals("Monthly groups for kinship carers.", detail.getString("appearances[0].sections[0].blocks[0].paragraph"));
        assertEquals("Slide 4", detail.getString("appearances[0].citation.location"));
        api().get(EDITIONS + "/" + edition + "/matrix").then().statusCode(200)
                .body("columns.slug", equalTo(List.of(initiative)))
                .body("rows.find { it.driver.slug == 'lack-of-information-sharing' }.cells", equalTo(List.of(true)));
        api().get(INITIATIVES + "?driver=late-family-presentation&edition=" + edition).then().statusCode(200)
                .body("results.slug", equalTo(List.of(initiative)));
        api().queryParam("q", "monthly groups kinship").queryParam("pageSize", 100).get(INITIATIVES).then().body("results.slug", hasItem(initiative));

        asAdmin().get("/api/v1/audit?entityType=edition&slug=" + edition).then().statusCode(200)
                .body("results.action", hasItems("CREATE", "PUBLISH"));
        asAdmin().get("/api/v1/audit?entityType=initiative&slug=" + initiative).then().statusCode(200)
                .body("results.action", hasItems("CREATE", "UPDATE", "PUBLISH"));

        asEditor().header("If-Match", etag(EDITIONS + "/" + edition)).post(EDITIONS + "/" + edition + "/publish").then().statusCode(409);
        asEditor().header("If-Match", etag(EDITIONS + "/" + edition)).delete(EDITIONS + "/" + edition).then().statusCode(409);
    }

    @Test
    void anEmptyEdition_cannotBePublished() {
        String edition = newEdition();
        asEditor().header("If-Match", "\"v0\"").post(EDITIONS + "/" + edition + "/publish").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("no initiatives"));
        asEditor().get(EDITIONS + "/" + edition + "/editable").then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aPublishedInitiative_showsADraftEditionsTextAndMappingsToEditorsOnly() {
        // published with its text in one edition (an initiative is never published without text)
        String publishedEdition = newEdition();
        String initiative = newInitiativeIn(publishedEdition);
        asEditor().contentType("application/json").header("If-Match", etag(INITIATIVES + "/" + initiative))
                .body(mappedToTwoDrivers(publishedEdition)).put(INITIATIVES + "/" + initiative).then().statusCode(200);
        asEditor().header("If-Match", etag(EDITIONS + "/" + publishedEdition)).post(EDITIONS + "/" + publishedEdition + "/publish").then().statusCode(200);
        // then given a new appearance and two mappings in a draft edition
        String draftEdition = newEdition();
        String first = mappedToTwoDrivers(publishedEdition).replace("\"status\":\"DRAFT\"", "\"status\":\"PUBLISHED\"");
        String second = mappedToTwoDrivers(draftEdition);
        String appearance = second.substring(second.indexOf("\"appearances\":[") + 15, second.indexOf("],\n \"drivers\""));
        String drivers = second.substring(second.indexOf("\"drivers\":[") + 11, second.lastIndexOf("]}"));
        String body = first.replace("\"figures\":[],\"references\":[]}],", "\"figures\":[],\"references\":[]}," + appearance + "],")
                .replace("\"provenance\":\"PRINTED_MATRIX\"}]}", "\"provenance\":\"PRINTED_MATRIX\"}," + drivers + "]}");
        asEditor().contentType("application/json").header("If-Match", etag(INITIATIVES + "/" + initiative))
                .body(body).put(INITIATIVES + "/" + initiative).then().statusCode(200)
                .body("appearances", hasSize(2)).body("drivers", hasSize(4));
        api().get(INITIATIVES + "/" + initiative).then().statusCode(200)
                .body("appearances.edition.slug", equalTo(List.of(publishedEdition))).body("delayDrivers", hasSize(2));
        asEditor().get(INITIATIVES + "/" + initiative).then().statusCode(200)
                .body("appearances", hasSize(2)).body("delayDrivers", hasSize(4));
        api().get("/api/v1/delay-drivers/lack-of-information-sharing").then().statusCode(200)
                .body("editions.edition.slug", not(hasItem(draftEdition)));
    }

    @Test
    void publishingAnInitiativeWithoutText_isRefused_untilAPublishedEditionPrintsIt() {
        String draftEdition = newEdition();
        String initiative = newInitiativeIn(draftEdition);
        // its only text is in a draft edition: published now, the public page would show none
        asEditor().contentType("application/json").header("If-Match", etag(INITIATIVES + "/" + initiative))
                .body(mappedToTwoDrivers(draftEdition).replace("\"status\":\"DRAFT\"", "\"status\":\"PUBLISHED\""))
                .put(INITIATIVES + "/" + initiative).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/status"))
                .body("errors.find { it.pointer == '/status' }.message", containsString("only with its text"));
        api().get(INITIATIVES + "/" + initiative).then().statusCode(404);
    }

    @Test
    void reordering_setsThePrintedOrder_andNeedsEveryInitiativeOnce() {
        String edition = newEdition();
        String first = newInitiativeIn(edition);
        String second = newInitiativeIn(edition);
        String path = EDITIONS + "/" + edition;
        // each initiative added is a new version of the edition: a cached copy of the list is never "not modified"
        asEditor().header("If-None-Match", "\"v1\"").get(path + "/editable").then().statusCode(200).header("ETag", equalTo("\"v2\""))
                .body("initiatives.slug", equalTo(List.of(first, second)));

        asEditor().contentType("application/json").header("If-Match", etag(path)).body("{\"initiatives\":[\"" + second + "\"]}")
                .put(path + "/order").then().statusCode(400).body("errors[0].pointer", equalTo("/initiatives"))
                .body("errors[0].message", containsString(first));
        asEditor().contentType("application/json").header("If-Match", etag(path))
                .body("{\"initiatives\":[\"" + second + "\",\"" + first + "\",\"lifelong-links\"]}")
                .put(path + "/order").then().statusCode(400).body("errors[0].pointer", equalTo("/initiatives/2"));

        String before = etag(path);
        String after = asEditor().contentType("application/json").header("If-Match", before)
                .body("{\"initiatives\":[\"" + second + "\",\"" + first + "\"]}")
                .put(path + "/order").then().statusCode(200)
                .body("initiatives.slug", equalTo(List.of(second, first)))
                .body("initiatives.position", equalTo(List.of(1, 2))).extract().header("ETag");
        assertNotEquals(before, after);
        asEditor().contentType("application/json").header("If-Match", before).body("{\"initiatives\":[\"" + first + "\",\"" + second + "\"]}")
                .put(path + "/order").then().statusCode(412);
        asEditor().get(path).then().body("initiatives.slug", equalTo(List.of(second, first)));
    }

    @Test
    void invalidInitiativeChanges_return400WithAPointerPerField_andChangeNothing() {
        String edition = newEdition();
        String initiative = newInitiativeIn(edition);
        String v = etag(INITIATIVES + "/" + initiative);
        String bad = mappedToTwoDrivers(edition)
                .replace("\"areas\":[\"salford\"]", "\"areas\":[\"salford\",\"atlantis\"]")
                .replace("https://www.salford.gov.uk/", "not a url")
                .replace("{\"edition\":\"" + edition + "\",\"driver\":\"lack-of-information-sharing\",\"provenance\":\"PRINTED_MATRIX\"}",
                        "{\"edition\":\"" + edition + "\",\"driver\":\"lack-of-information-sharing\",\"provenance\":\"EDITORIAL\"}");
        asEditor().contentType("application/json").header("If-Match", v).body(bad).put(INITIATIVES + "/" + initiative).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("/appearances/0/links/0/url"));
        String onlyReferenceErrors = mappedToTwoDrivers(edition)
                .replace("\"areas\":[\"salford\"]", "\"areas\":[\"salford\",\"atlantis\"]")
                .replace("\"provenance\":\"PRINTED_MATRIX\"}]", "\"provenance\":\"EDITORIAL\"}]")
                .replace("{\"edition\":\"" + edition + "\",\"driver\":\"lack-of-information-sharing\"", "{\"edition\":\"good-practice-guide-edition-4\",\"driver\":\"lack-of-information-sharing\"");
        asEditor().contentType("application/json").header("If-Match", v).body(onlyReferenceErrors).put(INITIATIVES + "/" + initiative).then()
                .statusCode(400)
                .body("errors.pointer", hasItems("/areas/1", "/drivers/0/edition", "/drivers/1/rationale"));
        asEditor().get(INITIATIVES + "/" + initiative + "/editable").then().header("ETag", equalTo(v))
                .body("areas", hasSize(0)).body("drivers", hasSize(0));
    }

    @Test
    void droppingAMapping_softDeletesIt_andChangesTheInitiativesETag() {
        String edition = newEdition();
        String initiative = newInitiativeIn(edition);
        String path = INITIATIVES + "/" + initiative;
        String v1 = asEditor().contentType("application/json").header("If-Match", etag(path)).body(mappedToTwoDrivers(edition))
                .put(path).then().statusCode(200).extract().header("ETag");
        String v2 = asEditor().contentType(MERGE_PATCH).header("If-Match", v1)
                .body("{\"drivers\":[{\"edition\":\"" + edition + "\",\"driver\":\"lack-of-information-sharing\",\"provenance\":\"PRINTED_MATRIX\"}]}")
                .patch(path).then().statusCode(200).body("drivers.driver", equalTo(List.of("lack-of-information-sharing")))
                .extract().header("ETag");
        assertNotEquals(v1, v2);
        asEditor().get(path).then().body("delayDrivers.driver.slug", equalTo(List.of("lack-of-information-sharing")));
        // and back: the same mapping revives rather than clashing with the kept row
        asEditor().contentType("application/json").header("If-Match", v2).body(mappedToTwoDrivers(edition))
                .put(path).then().statusCode(200).body("drivers", hasSize(2));
    }

    @Test
    void aDraftEdition_canBeDeletedAndRestored_butNotByTheAnonymousOrWithoutIfMatch() {
        String edition = newEdition();
        String path = EDITIONS + "/" + edition;
        api().header("If-Match", "\"v0\"").delete(path).then().statusCode(401);
        asEditor().delete(path).then().statusCode(428);
        asEditor().header("If-Match", "\"v0\"").delete(path).then().statusCode(204);
        asEditor().get(path).then().statusCode(404);
        asEditor().get(path + "/editable").then().statusCode(200).header("ETag", equalTo("\"v1\"")).body("deletedAt", notNullValue());
        asEditor().get(EDITIONS + "?status=ANY&pageSize=100").then().body("results.slug", not(hasItem(edition)));
        asEditor().header("If-Match", "\"v1\"").post(path + "/restore").then().statusCode(200).body("status", equalTo("DRAFT"));
        asAdmin().get("/api/v1/audit?entityType=edition&slug=" + edition).then()
                .body("results.action", hasItems("CREATE", "DELETE", "RESTORE"));
    }

    @Test
    void editionFields_canBePatched_andAreValidated() {
        String edition = newEdition();
        String path = EDITIONS + "/" + edition;
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"publicationDate\":\"June 2025\",\"suggestionsEmail\":\"nope\"}")
                .patch(path).then().statusCode(400).body("errors.pointer", equalTo(List.of("/publicationDate", "/suggestionsEmail")));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"publicationDate\":\"2025-06\",\"theme\":\"Kinship care\"}")
                .patch(path).then().statusCode(200).header("ETag", equalTo("\"v1\""))
                .body("publicationDate", equalTo("2025-06")).body("theme", equalTo("Kinship care"))
                .body("label", equalTo("Quarter 1: 2025/26"));
        asEditor().contentType("application/json").body("{\"slug\":\"" + edition + "\",\"title\":\"x\",\"series\":\"x\",\"label\":\"x\"}")
                .post(EDITIONS).then().statusCode(409);
        api().contentType("application/json").body("{\"slug\":\"anon-edition\",\"title\":\"x\",\"series\":\"x\",\"label\":\"x\"}")
                .post(EDITIONS).then().statusCode(401);
    }
}
