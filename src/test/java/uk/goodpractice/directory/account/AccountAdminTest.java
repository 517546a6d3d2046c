package uk.goodpractice.directory.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asAdmin;
import static uk.goodpractice.directory.Editing.asEditor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;
import java.util.ArrayList;
import java.util.Map;

/**
 * What an admin does with accounts: read one (where a create's Location points), change its roles,
 * disable it and reset its password, each taking effect on open sessions at once.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class AccountAdminTest {

    private static final String ACCOUNTS = "/api/v1/accounts";
    private static final String PASSWORD = "an-editors-password-1";

    @BeforeEach
    void accounts() {
        Editing.accounts();
    }

    /** A new editor account of this test's own; returns its name. */
    private static String newEditor() {
        String name = Editing.unique("acct");
        asAdmin().contentType("application/json")
                .body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"editor\"]}")
                .post(ACCOUNTS).then().statusCode(201);
        return name;
    }

    /** Failures these tests cause on purpose come from an address of their own, not to slow other tests' sign-ins. */
    private static io.restassured.specification.RequestSpecification elsewhere() {
        return api().header("X-Forwarded-For", "192.0.2.10");
    }

    private static Response patch(String name, String body) {
        return asAdmin().contentType("application/merge-patch+json").body(body).patch(ACCOUNTS + "/" + name);
    }

    private static SignInTest.Browser signedIn(String name, String password) {
        Response signIn = SignInTest.signIn(name, password);
        signIn.then().statusCode(200);
        String token = api().cookies(signIn.getCookies()).get("/api/v1/me").then().statusCode(200).extract().path("csrfToken");
        return new SignInTest.Browser(signIn.getCookies(), token);
    }

    @Nested
    class GetOne {

        @Test
        void theLocationOfACreate_resolvesToTheAccount() {
            String name = Editing.unique("acct");
            String location = asAdmin().contentType("application/json")
                    .body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"editor\"]}")
                    .post(ACCOUNTS).then().statusCode(201).extract().header("Location");
            asAdmin().get(location).then().statusCode(200)
                    .body("username", equalTo(name))
                    .body("roles", equalTo(List.of("editor")))
                    .body("createdAt", notNullValue())
                    .body("disabledAt", nullValue());
        }

        @Test
        void unknownAccount_returns404ProblemJson() {
            asAdmin().get(ACCOUNTS + "/no-such-account").then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("no-such-account"));
        }

        @Test
        void anEditor_gets403() {
            asEditor().get(ACCOUNTS + "/" + Editing.ADMIN).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    class Change {

        @Test
        void theLastAdminWhoCanSignIn_cannotBeDisabledOrDemoted_409() {
            // every other admin who can sign in is disabled for this test, and enabled again after it
            List<String> others = new ArrayList<>();
            for (int page = 1; ; page++) {
                Response list = asAdmin().get(ACCOUNTS + "?pageSize=100&page=" + page);
                list.then().statusCode(200);
                List<Map<String, Object>> results = list.path("results");
                results.stream().filter(a -> ((List<?>) a.get("roles")).contains("admin") && a.get("disabledAt") == null)
                        .map(a -> (String) a.get("username")).filter(n -> !n.equals(Editing.ADMIN)).forEach(others::add);
                if (page >= (int) list.path("paging.totalPages")) {
                    break;
                }
            }
            try {
                others.forEach(name -> patch(name, "{\"disabled\":true}").then().statusCode(200));
                for (String change : new String[] {"{\"disabled\":true}", "{\"roles\":[\"editor\"]}"}) {
                    patch(Editing.ADMIN, change).then().statusCode(409).contentType("application/problem+json")
                            .body("detail", containsString("is the last admin who can sign in"));
                }
                asAdmin().get(ACCOUNTS + "/" + Editing.ADMIN).then().statusCode(200).body("disabledAt", nullValue())
                        .body("roles", org.hamcrest.Matchers.hasItem("admin"));
            } finally {
                others.forEach(name -> patch(name, "{\"disabled\":false}").then().statusCode(200));
            }
            if (!others.isEmpty()) {
                patch(others.get(0), "{\"disabled\":true}").then().statusCode(200); // with another admin it may be done
                patch(others.get(0), "{\"disabled\":false}").then().statusCode(200);
            }
        }

        @Test
        void newRoles_applyToTheAccountsOpenSession_atOnce() {
            String name = newEditor();
            SignInTest.Browser browser = signedIn(name, PASSWORD);
            browser.request().get(ACCOUNTS).then().statusCode(403);
            patch(name, "{\"roles\":[\"editor\",\"admin\"]}").then().statusCode(200).body("roles", equalTo(List.of("admin", "editor")));
            browser.request().get(ACCOUNTS).then().statusCode(200);
            browser.request().get("/api/v1/me").then().body("roles", equalTo(List.of("admin", "editor")));
        }

        @Test
        void disabling_endsItsSessions_andRefusesItsPassword_untilEnabledAgain() {
            String name = newEditor();
            SignInTest.Browser browser = signedIn(name, PASSWORD);
            patch(name, "{\"disabled\":true}").then().statusCode(200).body("disabledAt", notNullValue());
            browser.request().get("/api/v1/me").then().statusCode(401);
            elsewhere().auth().preemptive().basic(name, PASSWORD).get("/api/v1/me").then().statusCode(401)
                    .contentType("application/problem+json");
            given().header("X-Forwarded-For", "192.0.2.10").contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", name).formParam("j_password", PASSWORD).post("/j_security_check").then().statusCode(401);
            patch(name, "{\"disabled\":false}").then().statusCode(200).body("disabledAt", nullValue());
            api().auth().preemptive().basic(name, PASSWORD).get("/api/v1/me").then().statusCode(200);
        }

        @Test
        void aNewPassword_replacesTheOld_andEndsItsSessions() {
            String name = newEditor();
            SignInTest.Browser browser = signedIn(name, PASSWORD);
            patch(name, "{\"password\":\"a-brand-new-password-2\"}").then().statusCode(200);
            browser.request().get("/api/v1/me").then().statusCode(401);
            elsewhere().auth().preemptive().basic(name, PASSWORD).get("/api/v1/me").then().statusCode(401);
            api().auth().preemptive().basic(name, "a-brand-new-password-2").get("/api/v1/me").then().statusCode(200);
        }

        @Test
        void isInTheAuditTrail() {
            String name = newEditor();
            patch(name, "{\"roles\":[\"admin\"]}").then().statusCode(200);
            Editing.audit("account", name).then().statusCode(200).body("results[0].action", equalTo("UPDATE"));
        }

        @Test
        void anUnknownRole_orAShortPassword_returns400NamingTheField() {
            String name = newEditor();
            patch(name, "{\"roles\":[\"owner\"]}").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].pointer", equalTo("/roles/0"));
            patch(name, "{\"password\":\"short\"}").then().statusCode(400).body("errors[0].pointer", equalTo("/password"));
            patch(name, "{\"password\":\"" + "p".repeat(80) + "\"}").then().statusCode(400)
                    .body("errors[0].pointer", equalTo("/password")).body("errors[0].message", containsString("72 bytes"));
            patch(name, "{\"colour\":\"red\"}").then().statusCode(400).body("detail", containsString("colour"));
        }

        @Test
        void unknownAccount_returns404_andEditors403() {
            patch("no-such-account", "{\"disabled\":true}").then().statusCode(404).contentType("application/problem+json");
            asEditor().contentType("application/merge-patch+json").body("{\"disabled\":true}").patch(ACCOUNTS + "/" + Editing.ADMIN)
                    .then().statusCode(403);
        }
    }

    @Nested
    class Create {

        @Test
        void aPasswordOver72Bytes_returns400NamingIt_not500() {
            asAdmin().contentType("application/json")
                    .body("{\"username\":\"" + Editing.unique("long") + "\",\"password\":\"" + "ü".repeat(40) + "\",\"roles\":[\"editor\"]}")
                    .post(ACCOUNTS).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].pointer", equalTo("/password"))
                    .body("errors[0].message", containsString("72 bytes"));
        }
    }

    @Nested
    class Hashes {

        /** Made by the hand-written bcrypt code that quarkus-security-jpa replaced (cost 12, $2a$). */
        private static final String OLD_HASH = "$2a$12$aDeYh.xLdzIdi.IJZV480O3wQuPWlsfFZQOQ4ZSMrzJK6w/0tCzOu";

        @Test
        void aPasswordHashedBeforeSecurityJpa_stillSignsIn() {
            String name = Editing.unique("old-hash");
            QuarkusTransaction.requiringNew().run(() -> {
                Account account = new Account();
                account.username = name;
                account.password = OLD_HASH;
                account.roles = "editor";
                account.persist();
            });
            api().auth().preemptive().basic(name, "hashed-before-security-jpa").get("/api/v1/me").then().statusCode(200)
                    .body("username", equalTo(name));
            elsewhere().auth().preemptive().basic(name, "hashed-before-security-jpa!").get("/api/v1/me").then().statusCode(401);
            given().contentType("application/x-www-form-urlencoded").formParam("j_username", name)
                    .formParam("j_password", "hashed-before-security-jpa").post("/j_security_check").then().statusCode(200);
            assertEquals(OLD_HASH, QuarkusTransaction.requiringNew().call(
                    () -> Account.<Account>find("username", name).firstResult().password), "the stored hash is kept as it was");
        }
    }
}
