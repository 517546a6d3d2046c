package uk.goodpractice.directory.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.EditingProfile;

/**
 * The suggestion limit and the sign-in delay live in the database, so every instance on one database
 * applies them alike: a budget another instance spent (written here straight into the table, as that
 * instance would have) is spent on this one too.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class SharedBudgetsTest {

    private static void spentElsewhere(String key, double level, OffsetDateTime waitUntil) {
        QuarkusTransaction.requiringNew().run(() -> {
            ClientBudget budget = new ClientBudget();
            budget.key = key;
            budget.level = level;
            budget.updatedAt = OffsetDateTime.now();
            budget.waitUntil = waitUntil;
            budget.persist();
        });
    }

    @Test
    void suggestionsAnotherInstanceCounted_countHere() {
        String client = "198.18.0." + (System.nanoTime() % 250 + 1);
        spentElsewhere("suggestion|" + client, 5, null);
        Response refused = api().header("X-Forwarded-For", client).contentType("application/json")
                .body("{\"title\":\"Idea\",\"description\":\"Peer support.\",\"organisation\":\"A Council\","
                        + "\"contactName\":\"Sam Taylor\",\"contactEmail\":\"sam.taylor@example.gov.uk\"}")
                .post("/api/v1/suggestions");
        refused.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 600 && retryAfter <= 720, "about one suggestion's share of an hour: " + retryAfter);
    }

    @Test
    void aSignInDelayAnotherInstanceSet_holdsHere() {
        String client = "198.18.1." + (System.nanoTime() % 250 + 1);
        spentElsewhere("sign-in|" + client, 8, OffsetDateTime.now().plusSeconds(30));
        Response refused = given().header("X-Forwarded-For", client).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "test-admin").formParam("j_password", "test-admin-password").post("/j_security_check");
        refused.then().statusCode(429).contentType("application/problem+json").body("detail", containsString("from this address"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 25 && retryAfter <= 30, "the delay set elsewhere: " + retryAfter);
    }

    @Test
    void aFailedSignInHere_isRecordedForEveryInstance() {
        String client = "198.18.2." + (System.nanoTime() % 250 + 1);
        given().header("X-Forwarded-For", client).auth().preemptive().basic("test-admin", "not-the-password").get("/api/v1/me")
                .then().statusCode(401);
        // the client's next attempt waits its turn until the failure is recorded
        given().header("X-Forwarded-For", client).auth().preemptive().basic("test-admin", "test-admin-password").get("/api/v1/me")
                .then().statusCode(200);
        double level = QuarkusTransaction.requiringNew().call(() -> ClientBudget.<ClientBudget>findById("sign-in|" + client).level);
        assertEquals(1.0, level, 0.01);
    }
}
