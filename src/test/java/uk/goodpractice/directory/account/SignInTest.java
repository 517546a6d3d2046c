package uk.goodpractice.directory.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.EditingProfile;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;

/**
 * The web pages' sign-in: Quarkus form authentication with an encrypted session cookie, the CSRF
 * token that every change made with that cookie must carry, and signing out. Every request goes over
 * real HTTP, with the cookies a browser would send back.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class SignInTest {

    static final String EDITOR = "signin-editor";
    static final String PASSWORD = "signin-password-123";
    static final String SESSION = "quarkus-credential";
    static final String NONCE = "directory-session";
    private static final String INITIATIVES = "/api/v1/initiatives";
    /** Failed sign-ins an address may make before it has to wait. */
    static int freeFailures() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("directory.sign-in.free-failures", Integer.class);
    }
    private static boolean editorCreated;

    @BeforeEach
    void anEditorAccount() {
        if (editorCreated) {
            return;
        }
        editorCreated = true;
        int status = api().auth().preemptive().basic("test-admin", "test-admin-password").contentType("application/json")
                .body("{\"username\":\"" + EDITOR + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"editor\"]}")
                .post("/api/v1/accounts").statusCode();
        assertTrue(status == 201 || status == 409, "editor account: " + status);
    }

    /** A signed-in browser: its cookies and the CSRF token its pages read from /me. */
    record Browser(Map<String, String> cookies, String csrfToken) {
        RequestSpecification request() {
            return api().cookies(cookies);
        }

        RequestSpecification change() {
            return request().header("X-CSRF-Token", csrfToken);
        }
    }

    static Response signIn(String username, String password) {
        return given().contentType("application/x-www-form-urlencoded").formParam("j_username", username)
                .formParam("j_password", password).redirects().follow(false).post("/j_security_check");
    }

    static Browser signedInBrowser() {
        Response signIn = signIn(EDITOR, PASSWORD);
        signIn.then().statusCode(200);
        Map<String, String> cookies = signIn.getCookies();
        String token = api().cookies(cookies).get("/api/v1/me").then().statusCode(200).extract().path("csrfToken");
        return new Browser(cookies, token);
    }

    static String draft(Browser browser) {
        String slug = "signin-" + System.nanoTime();
        browser.change().contentType("application/json").body("{\"slug\":\"" + slug + "\",\"title\":\"Made in a browser\"}")
                .post(INITIATIVES).then().statusCode(201);
        return slug;
    }

    @Nested
    class SigningIn {

        @Test
        void rightPassword_returns200WithoutRedirect_andAnEncryptedHttpOnlyStrictCookie() {
            Response response = signIn(EDITOR, PASSWORD);
            response.then().statusCode(200).header("Location", nullValue());
            Cookie session = response.getDetailedCookie(SESSION);
            assertNotNull(session, "session cookie set");
            assertTrue(session.isHttpOnly(), "HttpOnly");
            assertEquals("Strict", session.getSameSite());
            assertFalse(session.isSecured(), "not Secure over plain HTTP");
            assertEquals("/", session.getPath());
            assertFalse(session.getValue().contains(EDITOR), "the cookie does not show the username: it is encrypted");
            Cookie nonce = response.getDetailedCookie(NONCE);
            assertNotNull(nonce, "CSRF nonce cookie set");
            assertTrue(nonce.isHttpOnly());
            assertEquals("Strict", nonce.getSameSite());
        }

        @Test
        void failedGuessesAcrossAccounts_slowTheirAddressOnly_andLockNoAccountOut() throws InterruptedException {
            String here = "198.51.100." + (System.nanoTime() % 200 + 1);
            // wrong guesses at as many different accounts: the address's budget is shared across accounts
            int failures = 0;
            while (failures < freeFailures() + 3) {
                Response guess = given().header("X-Forwarded-For", here).contentType("application/x-www-form-urlencoded")
                        .formParam("j_username", "someone-" + failures).formParam("j_password", "a wrong guess").post("/j_security_check");
                if (guess.statusCode() == 429) {
                    Thread.sleep(1000L * Long.parseLong(guess.header("Retry-After")));
                } else {
                    guess.then().statusCode(401);
                    failures++;
                }
            }
            // now this address waits before its next attempt, right password or not, and nothing was hashed
            Response refused = given().header("X-Forwarded-For", here).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", EDITOR).formParam("j_password", PASSWORD).post("/j_security_check");
            refused.then().statusCode(429).contentType("application/problem+json")
                    .body("title", equalTo("Too many requests"))
                    .body("detail", containsString("from this address"))
                    .header("WWW-Authenticate", nullValue());
            long retryAfter = Long.parseLong(refused.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "a delay, never a lock-out: " + retryAfter);
            api().header("X-Forwarded-For", here).auth().preemptive().basic(EDITOR, PASSWORD).get("/api/v1/me").then().statusCode(429);
            // the same account from anywhere else signs in at once
            given().header("X-Forwarded-For", "192.0.2.250").contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", EDITOR).formParam("j_password", PASSWORD).post("/j_security_check").then().statusCode(200);
            // and from here once the delay has passed: no one can lock the editor out
            Thread.sleep(1000L * retryAfter + 200);
            given().header("X-Forwarded-For", here).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", EDITOR).formParam("j_password", PASSWORD).post("/j_security_check").then().statusCode(200);
        }

        @Test
        void concurrentBasicGuessesFromOneAddress_areHashedOneAtATime_soTheDelayAppliesToThem() throws Exception {
            String here = "203.0.113." + (System.nanoTime() % 200 + 1);
            int attempts = freeFailures() + 4;
            ExecutorService pool = Executors.newFixedThreadPool(attempts);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < attempts; i++) {
                    int guess = i;
                    answers.add(pool.submit(() -> given().header("X-Forwarded-For", here).auth().preemptive()
                            .basic("nobody-" + guess, "wrong guess " + guess).get("/api/v1/me").statusCode()));
                }
                int hashed = 0;
                int refused = 0;
                for (var answer : answers) {
                    int status = answer.get();
                    hashed += status == 401 ? 1 : 0;
                    refused += status == 429 ? 1 : 0;
                }
                // checked together, all would be hashed before any failure counted; one at a time, the first failure
                // past the free ones makes the rest wait (one more at most, should the machine stall for a second)
                assertEquals(attempts, hashed + refused, "every answer is 401 or 429");
                assertTrue(hashed >= freeFailures() + 1 && hashed <= freeFailures() + 2, "failures hashed: " + hashed);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void aJsonBody_isRefused415ProblemJson() {
            given().contentType("application/json").body("{\"j_username\":\"" + EDITOR + "\",\"j_password\":\"" + PASSWORD + "\"}")
                    .post("/j_security_check").then().statusCode(415).contentType("application/problem+json")
                    .body("detail", containsString("application/x-www-form-urlencoded"));
        }

        @Test
        void aPasswordOver72Bytes_isAClear4xxProblemJson_inTheFormAndByBasic_never500() {
            String long73 = "é".repeat(36) + "x"; // 73 bytes in UTF-8, 37 characters
            api().auth().preemptive().basic(EDITOR, long73).get("/api/v1/me").then().statusCode(400)
                    .contentType("application/problem+json").body("title", equalTo("Password too long"))
                    .body("detail", containsString("72 bytes"));
            // the form's body is read by the form mechanism itself: such a password is simply not anyone's
            Response form = given().header("X-Forwarded-For", "192.0.2.11").contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", EDITOR).formParam("j_password", PASSWORD + "x".repeat(60)).post("/j_security_check");
            form.then().statusCode(401).contentType("application/problem+json").body("detail", equalTo("Wrong username or password"));
            assertEquals(null, form.getDetailedCookie(SESSION));
        }

        @Test
        void overHttps_theCookiesAreSecure() {
            // the test profile trusts X-Forwarded-Proto, as a deployment behind a TLS proxy would
            Response response = given().header("X-Forwarded-Proto", "https").contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", EDITOR).formParam("j_password", PASSWORD).post("/j_security_check");
            response.then().statusCode(200);
            assertTrue(response.getDetailedCookie(SESSION).isSecured(), "session cookie Secure");
            assertTrue(response.getDetailedCookie(NONCE).isSecured(), "nonce cookie Secure");
        }

        @Test
        void wrongPassword_returns401ProblemJson_andNoCookie() {
            Response response = signIn(EDITOR, "not-the-password");
            response.then().statusCode(401).contentType("application/problem+json")
                    .body("title", equalTo("Sign in required"))
                    .body("detail", equalTo("Wrong username or password"))
                    .body("instance", equalTo("/j_security_check"))
                    .header("Location", nullValue());
            assertEquals(null, response.getDetailedCookie(SESSION));
        }

        @Test
        void unknownUser_andMissingField_return401ProblemJson() {
            signIn("nobody-at-all", PASSWORD).then().statusCode(401).contentType("application/problem+json");
            given().contentType("application/x-www-form-urlencoded").formParam("j_username", EDITOR).post("/j_security_check")
                    .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        }

        @Test
        void theCookie_signsInLaterRequests_andMeGivesACsrfToken() {
            Browser browser = signedInBrowser();
            browser.request().get("/api/v1/me").then().statusCode(200)
                    .body("username", equalTo(EDITOR))
                    .body("roles[0]", equalTo("editor"))
                    .body("csrfToken", not(emptyOrNullString()))
                    .header("Cache-Control", equalTo("private, no-cache"));
        }

        @Test
        void basicAuth_stillWorks_andMeHasNoCsrfToken() {
            api().auth().preemptive().basic(EDITOR, PASSWORD).get("/api/v1/me").then().statusCode(200)
                    .body("username", equalTo(EDITOR)).body("csrfToken", nullValue());
        }

        @Test
        void aForgedOrForeignCookie_isAnonymous() {
            api().cookie(SESSION, "bm90IGEgcmVhbCBzZXNzaW9u").get("/api/v1/me").then().statusCode(401)
                    .contentType("application/problem+json");
            api().cookie(SESSION, "bm90IGEgcmVhbCBzZXNzaW9u").get(INITIATIVES).then().statusCode(200);
        }

        @Test
        void unauthenticatedApiRequests_get401ProblemJson_neverARedirect() {
            api().redirects().follow(false).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                    .header("Location", nullValue());
            api().redirects().follow(false).contentType("application/json").body("{\"slug\":\"x-y\",\"title\":\"x\"}").post(INITIATIVES)
                    .then().statusCode(401).contentType("application/problem+json").header("Location", nullValue());
        }

        @Test
        void browserScripts_getNoBasicChallenge_soNoPasswordDialogOpens() {
            api().header("Sec-Fetch-Mode", "cors").get("/api/v1/me").then().statusCode(401).header("WWW-Authenticate", nullValue());
            api().get("/api/v1/me").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        }
    }

    @Nested
    class Csrf {

        @Test
        void aChangeWithTheCookieButNoToken_returns403NamingTheHeader_andChangesNothing() {
            Browser browser = signedInBrowser();
            String slug = "csrf-" + System.nanoTime();
            browser.request().contentType("application/json").body("{\"slug\":\"" + slug + "\",\"title\":\"Forged\"}").post(INITIATIVES)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/csrf-token"))
                    .body("title", equalTo("Missing or invalid CSRF token"))
                    .body("detail", containsString("X-CSRF-Token"));
            browser.change().get(INITIATIVES + "/" + slug).then().statusCode(404);
        }

        @Test
        void aWrongToken_returns403() {
            Browser browser = signedInBrowser();
            browser.request().header("X-CSRF-Token", "not-the-token").contentType("application/json")
                    .body("{\"slug\":\"csrf-wrong\",\"title\":\"x\"}").post(INITIATIVES)
                    .then().statusCode(403).body("detail", containsString("does not match this session"));
        }

        @Test
        void theRightToken_letsEveryKindOfChangeThrough() {
            Browser browser = signedInBrowser();
            String slug = draft(browser);
            String etag = browser.request().get(INITIATIVES + "/" + slug).then().statusCode(200).extract().header("ETag");
            browser.change().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"title\":\"Patched\"}")
                    .patch(INITIATIVES + "/" + slug).then().statusCode(200).body("title", equalTo("Patched"));
            String next = browser.request().get(INITIATIVES + "/" + slug).then().extract().header("ETag");
            browser.change().header("If-Match", next).delete(INITIATIVES + "/" + slug).then().statusCode(204);
        }

        @Test
        void aPatchWithoutTheToken_isRefused_evenWithIfMatch() {
            Browser browser = signedInBrowser();
            String slug = draft(browser);
            String etag = browser.request().get(INITIATIVES + "/" + slug).then().extract().header("ETag");
            browser.request().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"title\":\"Forged\"}")
                    .patch(INITIATIVES + "/" + slug).then().statusCode(403);
            browser.request().get(INITIATIVES + "/" + slug).then().body("title", equalTo("Made in a browser"));
        }

        @Test
        void theToken_isBoundToItsSession_soAnotherSignInsTokenIsRefused() {
            Browser first = signedInBrowser();
            Browser second = signedInBrowser();
            assertNotEquals(first.csrfToken(), second.csrfToken(), "each sign-in has its own token");
            first.request().header("X-CSRF-Token", second.csrfToken()).contentType("application/json")
                    .body("{\"slug\":\"csrf-swapped\",\"title\":\"x\"}").post(INITIATIVES).then().statusCode(403);
        }

        @Test
        void theToken_staysTheSameForTheWholeSession() {
            Browser browser = signedInBrowser();
            browser.request().get("/api/v1/me").then().body("csrfToken", equalTo(browser.csrfToken()));
        }

        @Test
        void anAuthorizationHeaderThatAuthenticatesNothing_doesNotExcuseTheToken() {
            Browser browser = signedInBrowser();
            String slug = "csrf-foo-" + System.nanoTime();
            browser.request().header("Authorization", "Foo bar").contentType("application/json")
                    .body("{\"slug\":\"" + slug + "\",\"title\":\"Forged\"}").post(INITIATIVES)
                    .then().statusCode(403).body("type", equalTo("/problems/csrf-token"));
            browser.change().get(INITIATIVES + "/" + slug).then().statusCode(404);
        }

        @Test
        void basicAuth_needsNoToken() {
            api().auth().preemptive().basic(EDITOR, PASSWORD).contentType("application/json")
                    .body("{\"slug\":\"basic-" + System.nanoTime() + "\",\"title\":\"By script\"}").post(INITIATIVES)
                    .then().statusCode(201);
        }

        @Test
        void anonymousSuggestions_needNoToken() {
            api().header("X-Forwarded-For", "203.0.113.77").contentType("application/json")
                    .body("{\"title\":\"Anonymous idea\",\"description\":\"Peer support.\",\"organisation\":\"A Council\","
                            + "\"contactName\":\"Sam Taylor\",\"contactEmail\":\"sam.taylor@example.gov.uk\"}")
                    .post("/api/v1/suggestions").then().statusCode(201);
        }
    }

    @Nested
    class SigningOut {

        @Test
        void signOut_returns204_clearsTheCookie_andMeIs401Afterwards() {
            Browser browser = signedInBrowser();
            Response out = browser.change().post("/api/v1/sign-out");
            out.then().statusCode(204);
            Cookie cleared = out.getDetailedCookie(SESSION);
            assertNotNull(cleared, "the session cookie is overwritten");
            assertEquals("", cleared.getValue());
            assertEquals(0, cleared.getMaxAge());
            assertEquals("/", cleared.getPath());
            // what the browser holds now: the cleared cookies
            api().cookies(out.getCookies()).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        }

        @Test
        void signOut_endsTheSessionOnTheServer_soACopyOfItsCookiesIsRefused() {
            Browser browser = signedInBrowser();
            browser.change().post("/api/v1/sign-out").then().statusCode(204);
            // the cookies as they were before signing out, as a copy would keep them
            Response me = browser.request().get("/api/v1/me");
            me.then().statusCode(401).contentType("application/problem+json");
            assertEquals("", me.getDetailedCookie(SESSION).getValue(), "the dead cookie is expired, never renewed");
            browser.change().contentType("application/json").body("{\"slug\":\"after-sign-out\",\"title\":\"x\"}").post(INITIATIVES)
                    .then().statusCode(401);
            // reading stays open to it, as to anyone
            browser.request().get(INITIATIVES).then().statusCode(200);
        }

        @Test
        void theSessionCookieWithoutItsSessionId_isAnonymous() {
            Browser browser = signedInBrowser();
            api().cookie(SESSION, browser.cookies().get(SESSION)).get("/api/v1/me").then().statusCode(401);
        }

        @Test
        void signOutWithTheCookie_needsTheToken() {
            Browser browser = signedInBrowser();
            browser.request().post("/api/v1/sign-out").then().statusCode(403);
            browser.request().get("/api/v1/me").then().statusCode(200);
        }

        @Test
        void signOutWhenNotSignedIn_isStill204() {
            api().post("/api/v1/sign-out").then().statusCode(204);
        }
    }
}
