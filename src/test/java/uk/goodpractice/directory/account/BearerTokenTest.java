package uk.goodpractice.directory.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.EditingProfile;
import java.util.Base64;
import java.util.List;

/**
 * Bearer tokens (single sign-on, e.g. Microsoft Entra ID) once configured: roles come from the
 * token's roles claim; a token that is tampered with, expired, or for another audience or issuer is
 * refused; HTTP Basic and the form sign-in go on working beside it.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class BearerTokenTest {

    private static final String LIFELONG_LINKS = "/api/v1/initiatives/lifelong-links";

    private static RequestSpecification bearer(String token) {
        return api().auth().oauth2(token);
    }

    private static String etag(String token) {
        return bearer(token).get(LIFELONG_LINKS).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void editorRole_canPatchAnInitiative_withoutACsrfToken() {
        String token = BearerTokens.token(BearerTokens.claims("editor"));
        bearer(token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("service-principal@example.test"))
                .body("roles", equalTo(List.of("editor")))
                .body("csrfToken", nullValue());
        bearer(token).contentType("application/merge-patch+json").header("If-Match", etag(token))
                .body("{\"summary\":\"Changed with a bearer token\"}").patch(LIFELONG_LINKS).then().statusCode(200)
                .body("summary", equalTo("Changed with a bearer token"));
    }

    @Test
    void aTokenWithoutTheEditorRole_gets403ProblemJson() {
        String editor = BearerTokens.token(BearerTokens.claims("editor"));
        String reader = BearerTokens.token(BearerTokens.claims());
        bearer(reader).contentType("application/merge-patch+json").header("If-Match", etag(editor))
                .body("{\"summary\":\"Not allowed\"}").patch(LIFELONG_LINKS).then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Forbidden"));
    }

    @Test
    void aTamperedToken_gets401ProblemJson() {
        String token = BearerTokens.token(BearerTokens.claims());
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"roles\":[]", "\"roles\":[\"editor\"]").getBytes());
        String tampered = parts[0] + "." + forgedClaims + "." + parts[2];
        bearer(tampered).contentType("application/merge-patch+json").header("If-Match", "\"v0\"")
                .body("{\"summary\":\"Forged\"}").patch(LIFELONG_LINKS).then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("bearer token"))
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void anExpiredToken_gets401() {
        String expired = BearerTokens.token(BearerTokens.claims("editor")
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(600)));
        bearer(expired).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenForAnotherAudienceOrIssuer_gets401() {
        bearer(BearerTokens.token(BearerTokens.claims("editor").audience("some-other-api"))).get("/api/v1/me")
                .then().statusCode(401);
        bearer(BearerTokens.token(BearerTokens.claims("editor").issuer("https://login.example.test/other-tenant/v2.0")))
                .get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void basicAndFormSignIn_stillWork() {
        api().auth().preemptive().basic("test-admin", "test-admin-password").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("test-admin"));
        SignInTest.signIn("test-admin", "test-admin-password").then().statusCode(200);
    }
}
