package uk.goodpractice.directory;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.RestAssured;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the packaged PostgreSQL build ({@code target/postgresql}) on one
 * PostgreSQL database behave as one service behind a load balancer: what one writes the other reads
 * (it prints how soon), and a browser session made on one works on the other. They share only the database
 * and {@code DIRECTORY_SESSION_KEY}, as the README's two-instance set-up says. Runs in
 * {@code ./mvnw verify} (failsafe, after {@code package}) against the server {@code .ci/run} starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final Path JAR = Path.of(System.getProperty("directory.postgresql-jar", "target/postgresql/quarkus-run.jar"));
    private static final String URL = System.getProperty("test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/gpd_test");
    private static final String USER = System.getProperty("test.postgresql.username", "gpd_test");
    private static final String PASSWORD = System.getProperty("test.postgresql.password", "gpd_test");
    /** A schema of its own, emptied before the run, so nothing else on the server is touched. */
    private static final String SCHEMA = "two_instances_it";
    private static final String SEEDED = "/api/v1/initiatives/lifelong-links";
    /**
     * How long to wait for a write on one instance to show on the other before failing. The design
     * goal is within a second (a 300 ms poll of the change counter, then one snapshot rebuild); the
     * test does not time it, as a busy machine stretches both, but prints how long it took, and the
     * README quotes that figure from a quiet run.
     */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);
    /** The run command's defaults (application.properties): directory.sign-in.free-failures and directory.suggestions.per-hour. */
    private static final int FREE_SIGN_IN_FAILURES = 5;
    private static final int SUGGESTIONS_PER_HOUR = 5;

    @TempDir
    static Path work;

    private PackagedService first;
    private PackagedService second;

    @BeforeAll
    void startTwoInstancesOnOneDatabase() throws Exception {
        try (Connection db = DriverManager.getConnection(URL, USER, PASSWORD); Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            sql.execute("create schema " + SCHEMA);
        } catch (SQLException e) {
            fail("PostgreSQL is needed at " + URL + " as " + USER + " (.ci/run starts it: see .ci/postgresql): " + e.getMessage());
        }
        String sessionKey = "two-instances-shared-session-key-" + System.nanoTime();
        // the first start migrates the schema and loads the data set; the second finds both done
        first = start("first", sessionKey);
        second = start("second", sessionKey);
        assertTrue(second.log().contains("Data set already loaded"), "the second instance uses the first one's data:\n" + second.log());
    }

    @AfterAll
    void stop() throws InterruptedException {
        try {
            if (second != null) {
                second.close();
            }
        } finally {
            if (first != null) {
                first.close();
            }
        }
    }

    @Test
    void aPublishedChangeOnOne_isReadOnTheOther() {
        String summary = "Changed on the first instance " + System.nanoTime();
        String etag = first.admin().get(SEEDED).then().statusCode(200).extract().header("ETag");
        first.admin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"summary\":\"" + summary + "\"}").patch(SEEDED).then().statusCode(200);
        Instant written = Instant.now();

        awaitShown(written, "the public read of the initiative on the second instance",
                () -> summary.equals(second.api().get(SEEDED).then().statusCode(200).extract().path("summary")));
        awaitShown(written, "the public list on the second instance",
                () -> second.api().queryParam("q", summary).get("/api/v1/initiatives").then().statusCode(200)
                        .extract().<Integer>path("paging.totalResults") == 1);
        // both serve the same public bytes (the same updatedAt, so the same ETag), whichever instance stamped the change
        awaitShown(written, "the same public ETag on both instances",
                () -> first.api().get(SEEDED).then().statusCode(200).extract().header("ETag")
                        .equals(second.api().get(SEEDED).then().statusCode(200).extract().header("ETag")));
        // and the version travels with it: the second instance takes the next write against the first one's ETag
        String etagOnSecond = second.admin().get(SEEDED).then().statusCode(200).extract().header("ETag");
        String etagOnFirst = first.admin().get(SEEDED).then().statusCode(200).extract().header("ETag");
        assertEquals(etagOnFirst, etagOnSecond, "both instances give the record the same version");
    }

    @Test
    void aDraftMadeOnOne_isVisibleToEditorsOnTheOther_andNeverToThePublic() {
        String slug = "two-instances-draft-" + System.nanoTime();
        second.admin().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Drafted on the second instance\",\"summary\":\"A draft\"}")
                .post("/api/v1/initiatives").then().statusCode(201);
        first.admin().get("/api/v1/initiatives/" + slug).then().statusCode(200).body("status", equalTo("DRAFT"));
        first.api().get("/api/v1/initiatives/" + slug).then().statusCode(404);
    }

    @Test
    void aBrowserSessionMadeOnOne_worksOnTheOther() {
        Map<String, String> cookies = first.signIn().cookies();

        String csrf = second.api().cookies(cookies).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(PackagedService.ADMIN)).extract().path("csrfToken");
        // a change through the second instance, with the session and CSRF token from the first
        String slug = "two-instances-session-" + System.nanoTime();
        second.api().cookies(cookies).header("X-CSRF-Token", csrf).contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Made with a session from the other instance\",\"summary\":\"A draft\"}")
                .post("/api/v1/initiatives").then().statusCode(201);
        first.api().cookies(cookies).get("/api/v1/initiatives/" + slug).then().statusCode(200);
    }

    @Test
    void signingOutOnOne_endsTheSessionOnTheOther() {
        Map<String, String> cookies = first.signIn().cookies();
        String csrf = second.api().cookies(cookies).get("/api/v1/me").then().statusCode(200).extract().path("csrfToken");

        second.api().cookies(cookies).header("X-CSRF-Token", csrf).post("/api/v1/sign-out").then().statusCode(204);

        // a copy of the cookies kept from before signing out is refused on both instances
        first.api().cookies(cookies).get("/api/v1/me").then().statusCode(401);
        second.api().cookies(cookies).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void failedSignInsSpreadOverBoth_slowTheAddressOnEither() {
        // behind the proxy the README describes, the client's own address counts
        String here = "198.51.100." + (System.nanoTime() % 200 + 1);
        // wrong guesses, alternately at each instance, until one of them makes the address wait
        PackagedService refusedOn = null;
        for (int attempt = 0; attempt < FREE_SIGN_IN_FAILURES + 5 && refusedOn == null; attempt++) {
            PackagedService to = attempt % 2 == 0 ? first : second;
            int status = RestAssured.given().port(to.port()).header("X-Forwarded-For", here).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", "guess-" + attempt).formParam("j_password", "a wrong guess")
                    .post("/j_security_check").statusCode();
            if (status == 429) {
                refusedOn = to;
                assertTrue(attempt >= FREE_SIGN_IN_FAILURES, "the first " + FREE_SIGN_IN_FAILURES + " failures are free, refused at " + attempt);
            } else {
                assertEquals(401, status);
            }
        }
        assertTrue(refusedOn != null, "failures spread over both instances slow the address down");
        // the budget is the database's, so the other instance makes the address wait too, right password or not
        PackagedService other = refusedOn == first ? second : first;
        RestAssured.given().port(other.port()).header("X-Forwarded-For", here).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", PackagedService.ADMIN).formParam("j_password", PackagedService.PASSWORD)
                .post("/j_security_check").then().statusCode(429).contentType("application/problem+json");
    }

    @Test
    void suggestionsSpreadOverBoth_shareOneHourlyLimit() {
        String here = "203.0.113." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < SUGGESTIONS_PER_HOUR; i++) {
            PackagedService to = i % 2 == 0 ? first : second;
            to.api().header("X-Forwarded-For", here).contentType("application/json").body(suggestion("Suggested " + i))
                    .post("/api/v1/suggestions").then().statusCode(201);
        }
        for (PackagedService either : new PackagedService[] {first, second}) {
            either.api().header("X-Forwarded-For", here).contentType("application/json").body(suggestion("One too many"))
                    .post("/api/v1/suggestions").then().statusCode(429).contentType("application/problem+json");
        }
    }

    private static String suggestion(String title) {
        return "{\"title\":\"" + title + "\",\"description\":\"Peer support for kinship carers.\",\"organisation\":\"A Council\","
                + "\"area\":\"Salford\",\"contactName\":\"Sam Taylor\",\"contactEmail\":\"sam.taylor@example.gov.uk\"}";
    }

    private static void awaitShown(Instant since, String what, Supplier<Boolean> condition) {
        Instant deadline = since.plus(GIVE_UP_AFTER);
        while (true) {
            if (condition.get()) {
                System.out.printf("TwoInstancesIT: %s showed the change %d ms after the write was acknowledged%n",
                        what, Duration.between(since, Instant.now()).toMillis());
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                fail(what + " did not show the change within " + GIVE_UP_AFTER.toSeconds() + " s of the write");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    /** One packaged instance on the shared schema, with the data directory and log named {@code name}. */
    private static PackagedService start(String name, String sessionKey) throws Exception {
        return PackagedService.on(work.resolve(name).toAbsolutePath()).jar(JAR)
                .env("DATASOURCE_URL", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA)
                .env("DATASOURCE_USERNAME", USER)
                .env("DATASOURCE_PASSWORD", PASSWORD)
                .env("DIRECTORY_SESSION_KEY", sessionKey)
                // as behind the README's proxy: the client's own address (X-Forwarded-For) is what limits count
                .env("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                .env("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true")
                .start(work.resolve(name + ".log"));
    }
}
