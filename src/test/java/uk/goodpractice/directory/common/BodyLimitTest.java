package uk.goodpractice.directory.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.EditingProfile;

/** Request bodies over the documented limit (1 MiB) are refused with 413 problem+json, before anything reads them. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class BodyLimitTest {

    private static final int LIMIT = 1024 * 1024;

    /** A JSON object a little over the limit, whose one field would be invalid anyway. */
    private static String oversizedJson() {
        return "{\"title\":\"" + "x".repeat(LIMIT + 1000) + "\"}";
    }

    @Test
    void anOversizedSuggestion_returns413ProblemJsonNamingTheLimit() {
        api().header("X-Forwarded-For", "203.0.113.200").contentType("application/json").body(oversizedJson())
                .post("/api/v1/suggestions").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("title", equalTo("Payload too large"))
                .body("status", equalTo(413))
                .body("detail", containsString("1 MiB (1048576 bytes)"))
                .body("instance", equalTo("/api/v1/suggestions"));
    }

    @Test
    void anOversizedPatch_returns413_evenBeforeSignInIsChecked() {
        String before = api().auth().preemptive().basic("test-admin", "test-admin-password").get("/api/v1/initiatives/lifelong-links")
                .then().statusCode(200).extract().header("ETag");
        api().contentType("application/merge-patch+json").header("If-Match", before).body(oversizedJson())
                .patch("/api/v1/initiatives/lifelong-links").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("1 MiB"));
        api().auth().preemptive().basic("test-admin", "test-admin-password").contentType("application/merge-patch+json")
                .header("If-Match", before).body(oversizedJson()).patch("/api/v1/initiatives/lifelong-links").then().statusCode(413);
        api().auth().preemptive().basic("test-admin", "test-admin-password").get("/api/v1/initiatives/lifelong-links").then()
                .statusCode(200).header("ETag", equalTo(before));
    }

    @Test
    void anOversizedBodyWithoutContentLength_returns413Too() {
        // sent chunked, so the size shows only while reading
        api().header("X-Forwarded-For", "203.0.113.201").contentType("application/json")
                .body(new ByteArrayInputStream(oversizedJson().getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/suggestions").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("1 MiB"));
    }

    @Test
    void aBodyJustUnderTheLimit_isReadAsUsual() {
        String body = "{\"title\":\"" + "x".repeat(LIMIT - 2000) + "\"}";
        api().header("X-Forwarded-For", "203.0.113.202").contentType("application/json").body(body)
                .post("/api/v1/suggestions").then().statusCode(400).contentType("application/problem+json");
    }
}
