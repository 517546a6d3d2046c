package uk.goodpractice.directory.suggestion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asEditor;

import uk.goodpractice.directory.Editing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.EditingProfile;
import java.util.List;

/**
 * The public suggestion form and the editors' review. Each test stands in for its own client
 * address (X-Forwarded-For), so the per-client rate limit of one test never touches another.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class SuggestionTest {

    private static final AtomicInteger CLIENT = new AtomicInteger(1);
    private static final String LIST = "/api/v1/suggestions";

    @BeforeEach
    void anEditorAccount() {
        Editing.accounts(); // once: it remembers
    }

    private static RequestSpecification asClient() {
        return api().header("X-Forwarded-For", "192.0.2." + CLIENT.getAndIncrement()).contentType("application/json");
    }

    private static String body(String title) {
        return "{\"title\":\"" + title + "\",\"description\":\"Peer support for kinship carers.\",\"organisation\":\"A Council\",\"area\":\"Salford\","
                + "\"contactName\":\"Sam Taylor\",\"contactEmail\":\"sam.taylor@example.gov.uk\","
                + "\"links\":[{\"title\":\"Programme page\",\"url\":\"https://example.gov.uk/kinship\"}]}";
    }

    private static String submit(String title) {
        return asClient().body(body(title)).post(LIST).then().statusCode(201)
                .header("Location", containsString(LIST + "/"))
                .body("status", equalTo("NEW"))
                .extract().path("id");
    }

    @Test
    void anyoneCanSuggest_andAnEditorAcceptsIntoADraftInitiative() {
        String id = submit("Kinship Reach " + System.nanoTime());
        asEditor().queryParam("status", "NEW").get(LIST).then().statusCode(200).body("results.id", hasItem(id));
        String slug = asEditor().post(LIST + "/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("decidedBy", equalTo(Editing.EDITOR))
                .body("initiativeSlug", notNullValue())
                .extract().path("initiativeSlug");
        asEditor().get("/api/v1/initiatives/" + slug).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("summary", equalTo("Peer support for kinship carers."))
                .body("leadOrganisation.name", equalTo("A Council"))
                .body("areas.slug", equalTo(List.of("salford")));
        api().get("/api/v1/initiatives/" + slug).then().statusCode(404);
        api().auth().preemptive().basic("test-admin", "test-admin-password").queryParam("slug", id).get("/api/v1/audit").then()
                .statusCode(200).body("results[0].action", equalTo("ACCEPT"));
    }

    @Test
    void theSuggestersLinks_areFoundByTheDraftInitiativeTheSuggestionBecame() {
        String id = submit("Kinship Links " + System.nanoTime());
        String other = submit("Kinship Other " + System.nanoTime());
        String slug = asEditor().post(LIST + "/" + id + "/accept").then().statusCode(200).extract().path("initiativeSlug");
        asEditor().post(LIST + "/" + other + "/accept").then().statusCode(200);
        asEditor().queryParam("initiative", slug).get(LIST).then().statusCode(200)
                .body("paging.totalResults", equalTo(1))
                .body("results[0].id", equalTo(id))
                .body("results[0].initiativeSlug", equalTo(slug))
                .body("results[0].links[0].title", equalTo("Programme page"))
                .body("results[0].links[0].url", equalTo("https://example.gov.uk/kinship"));
        asEditor().queryParam("initiative", slug).queryParam("status", "NEW").get(LIST).then().statusCode(200)
                .body("paging.totalResults", equalTo(0));
    }

    @Test
    void anEditorDeclinesWithAReason_andASecondDecisionIsAConflict() {
        String id = submit("Already listed " + System.nanoTime());
        asEditor().contentType("application/json").body("{\"reason\":\"Already in the directory\"}")
                .post(LIST + "/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("decisionReason", equalTo("Already in the directory"));
        asEditor().post(LIST + "/" + id + "/accept").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void htmlOrScript_isRefusedNamingTheField() {
        asClient().body(body("<script>alert(1)</script>")).post(LIST).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/title"))
                .body("errors[0].message", equalTo("must be plain text (no HTML or script)"));
    }

    @Test
    void badEmailAndLink_areRefusedWithJsonPointers() {
        asClient().body("{\"title\":\"T\",\"description\":\"D\",\"organisation\":\"O\",\"contactName\":\"N\",\"contactEmail\":\"not-an-email\","
                + "\"links\":[{\"title\":\"L\",\"url\":\"javascript:alert(1)\"}]}").post(LIST).then().statusCode(400)
                .body("errors.pointer", hasItem("/contactEmail"))
                .body("errors.pointer", hasItem("/links/0/url"));
    }

    @Test
    void unknownField_isRefused() {
        asClient().body("{\"title\":\"T\",\"description\":\"D\",\"organisation\":\"O\",\"contactName\":\"N\","
                + "\"contactEmail\":\"a@b.org\",\"priority\":\"high\"}").post(LIST).then().statusCode(400)
                .body("detail", containsString("priority"));
    }

    @Test
    void oneClient_isLimitedToFiveAnHour_thenGets429WithRetryAfter() {
        String client = "198.51.100." + CLIENT.getAndIncrement();
        for (int i = 0; i < 5; i++) {
            api().header("X-Forwarded-For", client).contentType("application/json").body(body("Flood " + i)).post(LIST).then().statusCode(201);
        }
        api().header("X-Forwarded-For", client).contentType("application/json").body(body("Flood 6")).post(LIST).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        asClient().body(body("Another client")).post(LIST).then().statusCode(201);
    }

    @Test
    void onlyEditors_readSuggestions() {
        api().get(LIST).then().statusCode(401);
        asEditor().queryParam("status", "MAYBE").get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("status"));
    }
}
