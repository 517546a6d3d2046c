package uk.goodpractice.directory.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asEditor;
import static uk.goodpractice.directory.Editing.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;

/**
 * What a client generated from the contract does, the service must accept: the Accept header the
 * contract implies, an editable record sent back as it was read, If-Match: *, a merge patch that
 * removes a field; and what such a client cannot see in the document it must be told: an unknown
 * query parameter is named, HEAD carries the ETag, 405 carries Allow.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class ClientContractTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @BeforeEach
    void accounts() {
        Editing.accounts();
    }

    private static String area() {
        String slug = unique("client-area");
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Client Council\",\"type\":\"LOCAL_AUTHORITY\",\"parent\":\"greater-manchester\"}")
                .post("/api/v1/areas").then().statusCode(201);
        return slug;
    }

    @Test
    void deleteWithTheAcceptOfItsOnlyDeclaredMediaType_is204NotA406() {
        String path = "/api/v1/areas/" + area();
        String etag = asEditor().get(path + "/editable").header("ETag");
        asEditor().accept(PROBLEM_JSON).header("If-Match", etag).delete(path).then().statusCode(204);
    }

    @Test
    void signOutWithAcceptProblemJson_is204() {
        given().accept(PROBLEM_JSON).post("/api/v1/sign-out").then().statusCode(204);
    }

    @Test
    void anErrorAskedForAsProblemJson_isStillProblemJson() {
        given().accept(PROBLEM_JSON).get("/api/v1/initiatives/no-such-initiative").then().statusCode(404)
                .contentType(PROBLEM_JSON).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void headOfACsvExportWithTheAcceptsOfGeneratedClients_is200LikeItsGet() {
        // a HEAD's success has no content in the contract, so generated clients send the errors' type
        // (TypeScript) or their default (Java): a HEAD is not negotiated
        String etag = given().get("/api/v1/exports/areas.csv").then().statusCode(200).extract().header("ETag");
        for (String accept : new String[] {PROBLEM_JSON, "application/json"}) {
            given().accept(accept).head("/api/v1/exports/areas.csv").then().statusCode(200)
                    .header("ETag", etag).header("Content-Type", startsWith("text/csv"));
        }
        given().accept(PROBLEM_JSON).get("/api/v1/exports/areas.csv").then().statusCode(406).contentType(PROBLEM_JSON);
    }

    @Test
    void anAcceptWithNeitherJsonNorProblems_isStill406() {
        given().accept("text/html").get("/api/v1/delay-drivers").then().statusCode(406).contentType(PROBLEM_JSON);
    }

    @Test
    void initiativeReadForEditing_isAcceptedBackUnchanged() {
        roundTrip("/api/v1/initiatives/" + Editing.draftInitiative());
    }

    @Test
    void editionReadForEditing_isAcceptedBackUnchanged() {
        roundTrip("/api/v1/editions/" + Editing.draftEdition());
    }

    @Test
    void areaReadForEditing_isAcceptedBackUnchanged() {
        roundTrip("/api/v1/areas/" + area());
    }

    @Test
    void contactReadForEditing_isAcceptedBackUnchanged() {
        String slug = unique("client-contact");
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Sam Taylor\",\"email\":\"sam.taylor@example.gov.uk\","
                        + "\"edition\":\"" + Editing.draftEdition() + "\"}")
                .post("/api/v1/area-contacts").then().statusCode(201);
        roundTrip("/api/v1/area-contacts/" + slug);
    }

    @Test
    void readOnlyFieldsWithOtherValues_areIgnoredNotApplied() {
        String path = "/api/v1/areas/" + area();
        Response read = asEditor().get(path + "/editable");
        String body = read.asString().replaceFirst("\"slug\":\"[^\"]+\"", "\"slug\":\"another-slug\"")
                .replaceFirst("\"version\":\\d+", "\"version\":99").replace("Client Council", "Renamed Council");
        asEditor().contentType("application/json").header("If-Match", read.header("ETag")).body(body).put(path)
                .then().statusCode(200).body("slug", equalTo(path.substring(path.lastIndexOf('/') + 1)))
                .body("name", equalTo("Renamed Council")).body("version", equalTo(1));
    }

    private void roundTrip(String path) {
        Response read = asEditor().get(path + "/editable");
        read.then().statusCode(200);
        asEditor().contentType("application/json").header("If-Match", read.header("ETag")).body(read.asString()).put(path)
                .then().statusCode(200).body("slug", equalTo(read.path("slug")));
    }

    @Test
    void star_matchesTheCurrentVersion() {
        String path = "/api/v1/areas/" + area();
        asEditor().contentType(MERGE_PATCH).header("If-Match", "*").body("{\"name\":\"Renamed Council\"}").patch(path)
                .then().statusCode(200).body("name", equalTo("Renamed Council")).header("ETag", equalTo("\"v1\""));
    }

    @Test
    void aListNamingTheCurrentVersion_matches() {
        String path = "/api/v1/areas/" + area();
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v7\", \"v0\"").body("{\"name\":\"Renamed Council\"}").patch(path)
                .then().statusCode(200);
    }

    @Test
    void aListNamingNoCurrentVersion_is412() {
        String path = "/api/v1/areas/" + area();
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v7\", \"v8\"").body("{\"name\":\"Renamed Council\"}").patch(path)
                .then().statusCode(412).header("ETag", equalTo("\"v0\""));
    }

    @Test
    void oneFieldAndANull_changeOneAndRemoveTheOther() {
        String path = "/api/v1/areas/" + area();
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"parent\":null}").patch(path)
                .then().statusCode(200).body("parent", nullValue()).body("name", equalTo("Client Council"));
    }

    @Test
    void nullOnAList_emptiesIt_evenOneTheWholeBodyRequires_andLeavesTheOtherListsAlone() {
        String edition = unique("client-edition");
        asEditor().contentType("application/json").body("{\"slug\":\"" + edition + "\",\"title\":\"Client\",\"series\":\"Client\",\"label\":\"" + edition + "\"}")
                .post("/api/v1/editions").then().statusCode(201);
        String path = "/api/v1/initiatives/" + unique("client-initiative");
        asEditor().contentType("application/json").body("{\"slug\":\"" + path.substring(path.lastIndexOf('/') + 1)
                + "\",\"title\":\"Client initiative\",\"edition\":\"" + edition + "\"}").post("/api/v1/initiatives").then().statusCode(201);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"partners\":[\"Client Partner\"]}").patch(path)
                .then().statusCode(200).body("partners", org.hamcrest.Matchers.contains("Client Partner"));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v1\"").body("{\"partners\":null}").patch(path)
                .then().statusCode(200).body("partners", hasSize(0)).body("appearances", hasSize(1));
    }

    @Test
    void misspeltFilter_is400NamingItAndTheClosestKnownOne() {
        api().get("/api/v1/initiatives?drivers=court-capacity").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("drivers"))
                .body("errors[0].message", containsString("did you mean 'driver'?"));
    }

    @Test
    void eachUnknownNameIsNamed_andKnownOnesPass() {
        api().get("/api/v1/area-contacts?area=leeds&pagesize=5&colour=red").then().statusCode(400)
                .body("errors.parameter", org.hamcrest.Matchers.contains("colour", "pagesize"))
                .body("errors[1].message", containsString("did you mean 'pageSize'?"));
    }

    @Test
    void anOperationWithNoParameters_saysItTakesNone() {
        api().get("/api/v1/delay-drivers/late-family-presentation?page=2").then().statusCode(400)
                .body("errors[0].parameter", equalTo("page"))
                .body("errors[0].message", containsString("takes none"));
    }

    @Test
    void everyDeclaredParameter_isKnown() {
        api().get("/api/v1/initiatives?driver=lack-of-information-sharing&edition=good-practice-guide-edition-4&q=family"
                + "&sort=title&status=PUBLISHED&page=1&pageSize=5").then().statusCode(200);
    }

    @Test
    void head_carriesTheETagOfTheGet() {
        String etag = given().get("/api/v1/delay-drivers").then().statusCode(200).extract().header("ETag");
        given().head("/api/v1/delay-drivers").then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void methodNotAllowed_carriesAllow() {
        given().accept("application/json").put("/api/v1/delay-drivers").then().statusCode(405)
                .contentType(PROBLEM_JSON).header("Allow", notNullValue()).header("Allow", containsString("GET"));
    }
}
