package uk.goodpractice.directory.account;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Without an issuer configured (the default, which this profile keeps), no bearer token is accepted. */
@QuarkusTest
class BearerTokensOffTest {

    @Test
    void withoutConfiguration_everyBearerTokenIsRefused401ProblemJson() {
        String token = BearerTokens.token(BearerTokens.claims("editor"));
        Response response = api().auth().oauth2(token).get("/api/v1/me");
        response.then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("bearer token"));
        assertNotNull(response.getHeader("WWW-Authenticate"));
    }
}
