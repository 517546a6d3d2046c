package uk.goodpractice.directory.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.EditingProfile;

/**
 * Signing in with the organisation's identity provider, the whole way a browser goes: our sign-in
 * address sends it to the provider, the person signs in on the provider's page, the provider sends it
 * back with a code, Quarkus exchanges the code for an ID token and starts the session, and the session
 * carries the roles mapped from the provider's groups. The provider is {@link OidcProvider}, a real
 * HTTP server in this test; switched on by configuration alone ({@link uk.goodpractice.directory.EditingProfile}).
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class OrganisationSignInTest {

    private static final String SIGN_IN = "/api/v1/sign-in/organisation";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");

    /** The browser's round trip; returns the cookies it holds for the directory at the end. */
    private static Map<String, String> signInAtProvider(String username, String password) {
        Map<String, String> cookies = new HashMap<>();
        // 1. our sign-in address, not signed in: to the provider
        Response start = given().redirects().follow(false).get(SIGN_IN);
        start.then().statusCode(302);
        cookies.putAll(start.getCookies());
        URI authorize = URI.create(start.header("Location"));
        assertTrue(authorize.toString().contains("/tenant/authorize"), authorize.toString());
        assertTrue(authorize.getQuery().contains("client_id=" + OidcProvider.CLIENT_ID));
        // 2. the provider's sign-in page, and the person signing in on it
        // the address exactly as the directory wrote it (already encoded)
        String page = given().urlEncodingEnabled(false).redirects().follow(false).get(authorize.toString())
                .then().statusCode(200).extract().asString();
        Map<String, String> fields = new HashMap<>();
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        fields.put("username", username);
        fields.put("password", password);
        Response back = given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParams(fields)
                .post(authorize.getScheme() + "://" + authorize.getAuthority() + OidcProvider.REALM + "/authorize");
        back.then().statusCode(302);
        String callback = back.header("Location");
        assertTrue(callback.contains(SIGN_IN + "?code="), callback);
        // 3. back at the directory with the code: the session starts
        Response arrived = given().redirects().follow(false).cookies(cookies).get(callback);
        arrived.then().statusCode(302);
        cookies.putAll(arrived.getCookies());
        assertNotNull(cookies.get("q_session"), "the provider session cookie");
        assertNotNull(cookies.get(SignInTest.NONCE), "the directory's session id");
        // 4. our sign-in address again, now signed in: to the home page
        Response home = given().redirects().follow(false).cookies(cookies).get(URI.create(arrived.header("Location")).getRawPath());
        home.then().statusCode(303).header("Location", containsString("/"));
        cookies.putAll(home.getCookies());
        cookies.values().removeIf(String::isEmpty);
        return cookies;
    }

    @Test
    void anEditorSignsInAtTheProvider_andGetsASessionWithTheEditorRole() {
        Map<String, String> cookies = signInAtProvider("sso.editor@example.gov.uk", "editor-at-provider");
        String token = api().cookies(cookies).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("sso.editor@example.gov.uk"))
                .body("roles", equalTo(List.of("editor")))
                .body("csrfToken", not(emptyOrNullString()))
                .extract().path("csrfToken");
        // a change with the session needs its CSRF token, as for the form sign-in
        String slug = "sso-" + System.nanoTime();
        api().cookies(cookies).contentType("application/json").body("{\"slug\":\"" + slug + "\",\"title\":\"Made after single sign-on\"}")
                .post("/api/v1/initiatives").then().statusCode(403);
        api().cookies(cookies).header("X-CSRF-Token", token).contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Made after single sign-on\"}").post("/api/v1/initiatives").then().statusCode(201);
        api().cookies(cookies).get("/api/v1/accounts").then().statusCode(403);
    }

    @Test
    void theProvidersAdminGroup_givesAdminAndEditor() {
        Map<String, String> cookies = signInAtProvider("sso.admin@example.gov.uk", "admin-at-provider");
        api().cookies(cookies).get("/api/v1/me").then().statusCode(200).body("roles", equalTo(List.of("admin", "editor")));
        api().cookies(cookies).get("/api/v1/accounts").then().statusCode(200);
    }

    @Test
    void someoneInNeitherGroup_isSignedInWithoutRoles_andCannotEdit() {
        Map<String, String> cookies = signInAtProvider("sso.reader@example.gov.uk", "reader-at-provider");
        String token = api().cookies(cookies).get("/api/v1/me").then().statusCode(200).body("roles", equalTo(List.of()))
                .extract().path("csrfToken");
        api().cookies(cookies).header("X-CSRF-Token", token).contentType("application/json")
                .body("{\"slug\":\"sso-reader\",\"title\":\"x\"}").post("/api/v1/initiatives").then().statusCode(403);
    }

    @Test
    void signingOut_endsTheProviderSessionHereToo_soItsCookiesAreRefused() {
        Map<String, String> cookies = signInAtProvider("sso.editor@example.gov.uk", "editor-at-provider");
        String token = api().cookies(cookies).get("/api/v1/me").then().statusCode(200).extract().path("csrfToken");
        api().cookies(cookies).header("X-CSRF-Token", token).post("/api/v1/sign-out").then().statusCode(204);
        Response me = api().cookies(cookies).get("/api/v1/me");
        me.then().statusCode(401).contentType("application/problem+json");
        assertEquals("", me.getDetailedCookie("q_session").getValue(), "the copied provider session cookie is expired");
    }

    @Test
    void formSignIn_staysBeside() {
        SignInTest.signIn("test-admin", "test-admin-password").then().statusCode(200);
    }
}
