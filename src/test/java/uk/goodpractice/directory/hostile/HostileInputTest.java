package uk.goodpractice.directory.hostile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asAdmin;
import static uk.goodpractice.directory.Editing.asEditor;
import static uk.goodpractice.directory.Editing.etag;
import static uk.goodpractice.directory.Editing.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;
import uk.goodpractice.directory.suggestion.Suggestion;
import java.util.HashMap;

/** Each finding of the hostile-input review (issue 10 §4): never a 5xx, always problem details. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void accounts() {
        Editing.accounts();
    }

    @Nested
    class HttpLayer {

        /** The test profile trusts forwarding headers, which gives such a request an address: here it must simply not fail. */
        @Test
        void withoutHost_http10AndHttp11_areNever5xx_andErrorsAreProblems() throws Exception {
            for (String request : List.of("GET /api/v1/editions HTTP/1.0\r\nAccept: application/json\r\n\r\n",
                    "GET /api/v1/editions/no-such-edition HTTP/1.0\r\n\r\n",
                    "GET /api/v1/editions HTTP/1.1\r\nConnection: close\r\n\r\n")) {
                RawHttp.Answer answer = RawHttp.send(request);
                assertTrue(answer.status() > 0 && answer.status() < 500, request + answer);
                if (answer.status() >= 400) {
                    assertTrue(answer.contentType().startsWith(PROBLEM), request + answer);
                }
            }
        }

        @Test
        void anAddressOver8KiB_is414Problem() throws Exception {
            RawHttp.Answer answer = RawHttp.send("GET /api/v1/initiatives?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertEquals(414, answer.status(), answer.toString());
            assertTrue(answer.contentType().startsWith(PROBLEM), answer.toString());
            assertTrue(answer.body().contains("\"status\":414"), answer.body());
        }

        @Test
        void headersOver20KiB_are431Problem() throws Exception {
            RawHttp.Answer answer = RawHttp.send("GET /api/v1/editions HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "b".repeat(30_000)
                    + "\r\nConnection: close\r\n\r\n");
            assertEquals(431, answer.status(), answer.toString());
            assertTrue(answer.contentType().startsWith(PROBLEM), answer.toString());
        }

        @Test
        void invalidUtf8AndNulInTheAddress_are400Problems() throws Exception {
            for (String path : List.of("/api/v1/initiatives/%FF%FE", "/api/v1/initiatives/a%00b", "/api/v1/areas?q=%C3%28", "/api/v1/areas?q=a%0Db")) {
                RawHttp.Answer answer = RawHttp.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                assertEquals(400, answer.status(), path + " " + answer);
                assertTrue(answer.contentType().startsWith(PROBLEM), path + " " + answer);
            }
        }

        @Test
        void aChunkedBodyOverTheLimit_is413Problem_onEveryKindOfPath() throws Exception {
            for (String path : List.of("/api/v1/suggestions", "/api/v1/initiatives", "/api/v1/no-such-thing")) {
                StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "X-Forwarded-For: 203.0.113.77\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
                String chunk = "x".repeat(64 * 1024);
                for (int i = 0; i < 20; i++) {
                    request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
                }
                request.append("0\r\n\r\n");
                RawHttp.Answer answer = RawHttp.send(request.toString());
                assertNotEquals(-1, answer.status(), path + ": an answer, not a closed connection");
                // the service may stop reading early (not JSON, not signed in, no such address): any 4xx, as problem details
                assertTrue(answer.status() >= 400 && answer.status() < 500, path + " " + answer.status());
                assertTrue(answer.contentType().startsWith(PROBLEM), path + " " + answer);
            }
        }

        @Test
        void anIdleConnection_isClosedByTheService() throws Exception {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.setSoTimeout(120_000); // far above the configured idle timeout, far below Quarkus's default 30 minutes
                InputStream in = socket.getInputStream();
                assertEquals(-1, in.read(), "the service closed the idle connection");
            }
        }
    }

    @Nested
    class Bodies {

        @Test
        void aDuplicatedJsonKey_is400ProblemNamingTheField() {
            api().header("X-Forwarded-For", "203.0.113.78").contentType("application/json")
                    .body("{\"title\":\"One\",\"title\":\"Two\",\"description\":\"d\",\"organisation\":\"o\",\"contactName\":\"n\",\"contactEmail\":\"a@b.org\"}")
                    .post("/api/v1/suggestions").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.message", hasItem(containsString("'title' appears more than once")));
        }

        @Test
        void aPatchOfTheWrongType_namesNoJavaClass() {
            String slug = unique("hostile-area");
            asEditor().contentType("application/json").body(Map.of("slug", slug, "name", "Hostile area", "type", "LOCAL_AUTHORITY"))
                    .post("/api/v1/areas").then().statusCode(201);
            Response r = asEditor().contentType("application/merge-patch+json").header("If-Match", etag("/api/v1/areas/" + slug + "/editable"))
                    .body("{\"type\":\"NOT_A_TYPE\",\"name\":{\"deep\":[1]}}").patch("/api/v1/areas/" + slug);
            r.then().statusCode(400).contentType(PROBLEM);
            assertFalse(r.asString().contains("uk.goodpractice") || r.asString().contains("java."), r.asString());
            Response typed = asEditor().contentType("application/merge-patch+json").header("If-Match", etag("/api/v1/areas/" + slug + "/editable"))
                    .body("{\"type\":\"NOT_A_TYPE\"}").patch("/api/v1/areas/" + slug);
            typed.then().statusCode(400).body("errors[0].pointer", equalTo("/type"))
                    .body("errors[0].message", containsString("LOCAL_AUTHORITY"));
            assertFalse(typed.asString().contains("AreaType"), typed.asString());
        }

        @Test
        void anOrganisationNameWhoseSlugOverflows_is400_asLeadPartnerOrContactEmployer() {
            String longName = "a".repeat(250);
            String ampersands = "&".repeat(300);
            asEditor().contentType("application/json").body(Map.of("slug", unique("hostile-org"), "title", "T", "leadOrganisation", longName))
                    .post("/api/v1/initiatives").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.pointer", hasItem("/leadOrganisation"));
            asEditor().contentType("application/json").body(Map.of("slug", unique("hostile-org"), "title", "T", "leadOrganisation", ampersands))
                    .post("/api/v1/initiatives").then().statusCode(400).body("errors.pointer", hasItem("/leadOrganisation"));
            String slug = Editing.draftInitiative();
            asEditor().contentType("application/merge-patch+json").header("If-Match", etag("/api/v1/initiatives/" + slug + "/editable"))
                    .body(Map.of("partners", List.of("Fine partner", ampersands))).patch("/api/v1/initiatives/" + slug)
                    .then().statusCode(400).body("errors.pointer", hasItem("/partners/1"));
            asEditor().contentType("application/json").body(Map.of("slug", unique("hostile-contact"), "organisation", "!!!",
                    "edition", "salford-strengthening-families-handbook")).post("/api/v1/area-contacts")
                    .then().statusCode(400).body("errors.pointer", hasItem("/organisation"));
        }

        @Test
        void aSuggestionWhoseOrganisationCannotBeOne_isRefused_andOneStoredEarlierCanStillBeAccepted() {
            api().header("X-Forwarded-For", "203.0.113.79").contentType("application/json")
                    .body(Map.of("title", "Amp", "description", "d", "organisation", "&".repeat(200), "contactName", "n", "contactEmail", "a@b.org"))
                    .post("/api/v1/suggestions").then().statusCode(400).body("errors.pointer", hasItem("/organisation"));
            // as one received before names were checked
            String id = UUID.randomUUID().toString();
            QuarkusTransaction.requiringNew().run(() -> {
                Suggestion s = new Suggestion();
                s.publicId = id;
                s.title = "Stored with an impossible organisation " + id;
                s.description = "d";
                s.organisation = "&".repeat(200);
                s.contactName = "n";
                s.contactEmail = "a@b.org";
                s.links = List.of();
                s.status = Suggestion.Status.NEW;
                s.receivedAt = OffsetDateTime.now();
                s.persist();
            });
            String draft = asEditor().post("/api/v1/suggestions/" + id + "/accept").then().statusCode(200)
                    .body("status", equalTo("ACCEPTED")).extract().path("initiativeSlug");
            asEditor().get("/api/v1/initiatives/" + draft + "/editable").then().statusCode(200).body("$", not(org.hamcrest.Matchers.hasKey("leadOrganisation")));
        }

        @Test
        void sectionLinkAndFigureTextThatOverflowsItsColumn_is400NamingTheField() {
            String slug = Editing.draftInitiative();
            String edition = Editing.draftEdition();
            Editing.appearance(slug, edition);
            String path = "/api/v1/initiatives/" + slug;
            Map<String, Object> base = Map.of("edition", edition, "title", "T", "location", "Slide 1", "sections", List.of(),
                    "links", List.of(), "figures", List.of(), "references", List.of());
            Map<String, Object> bigSection = new HashMap<>(base);
            bigSection.put("sections", List.of(Map.of("heading", "H", "blocks", List.of(Map.of("paragraph", "p".repeat(1_000_001))))));
            Map<String, Object> bigLink = new HashMap<>(base);
            bigLink.put("links", List.of(Map.of("title", "l".repeat(100_001))));
            Map<String, Object> bigFigure = new HashMap<>(base);
            bigFigure.put("figures", List.of(Map.of("value", "1", "description", "f".repeat(100_001))));
            for (var c : List.of(Map.entry(bigSection, "/appearances/0/sections"), Map.entry(bigLink, "/appearances/0/links"),
                    Map.entry(bigFigure, "/appearances/0/figures"))) {
                asEditor().contentType("application/merge-patch+json").header("If-Match", etag(path + "/editable"))
                        .body(Map.of("appearances", List.of(c.getKey()))).patch(path)
                        .then().statusCode(400).contentType(PROBLEM).body("errors.pointer", hasItem(c.getValue()));
            }
        }
    }

    @Nested
    class Queries {

        @Test
        void wildcardsInQ_matchLiterally_onOrganisationsAndAreas() {
            int allOrganisations = api().get("/api/v1/organisations").then().statusCode(200).extract().path("paging.totalResults");
            assertTrue(allOrganisations > 0);
            for (String wildcard : List.of("%", "_", "%council%")) {
                api().queryParam("q", wildcard).get("/api/v1/organisations").then().statusCode(200).body("paging.totalResults", equalTo(0));
                api().queryParam("q", wildcard).get("/api/v1/areas").then().statusCode(200).body("paging.totalResults", equalTo(0));
            }
        }

        /**
         * An editor's list is read from the database with LIKE, where {@code %} and {@code _} would be
         * wildcards; the anonymous lists above come from the published snapshot. A word that matches
         * must not match with one of its letters turned into {@code _} or its start into {@code %}.
         */
        @Test
        void wildcardsInQ_matchLiterally_inEditorsListsToo() {
            Map<String, String> names = Map.of("/api/v1/organisations", "results.name", "/api/v1/areas", "results.name",
                    "/api/v1/initiatives", "results.title", "/api/v1/area-contacts", "results.name");
            names.forEach((list, path) -> {
                List<String> listed = asEditor().get(list).then().statusCode(200).extract().jsonPath().getList(path, String.class);
                String word = listed.stream().filter(n -> n != null).map(n -> n.split("\\s+")[0])
                        .filter(w -> w.matches("\\p{L}{3,}")).findFirst().orElseThrow(() -> new AssertionError(list + ": " + listed));
                assertNotEquals(0, (int) asEditor().queryParam("q", word).get(list).then().statusCode(200).extract().path("paging.totalResults"),
                        list + " q=" + word);
                // initiatives' and contacts' texts print a few "%"s, so a lone one may rightly match there
                for (String wildcard : List.of(word.charAt(0) + "_" + word.substring(2), "%" + word.substring(1), "_" + word.substring(1))) {
                    assertEquals(0, (int) asEditor().queryParam("q", wildcard).get(list).then().statusCode(200).extract().path("paging.totalResults"),
                            list + " q=" + wildcard);
                }
            });
        }

        @Test
        void tooManyValuesForOneFilter_is400_quickly_andErrorListsAreCapped() {
            List<String> many = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                many.add("unknown-" + i);
            }
            api().queryParam("driver", many.subList(0, 51)).get("/api/v1/initiatives").then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].parameter", equalTo("driver")).body("errors[0].message", containsString("at most 50"));
            api().queryParam("driver", many.subList(0, 50)).get("/api/v1/initiatives").then().statusCode(400)
                    .body("errors.size()", lessThanOrEqualTo(20)).body("detail", containsString("and 30 more"));
        }
    }

    @Nested
    class Races {

        /** Runs {@code n} requests at once (released together) and returns their statuses. */
        private List<Integer> atOnce(int n, IntFunction<Response> request) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(n);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                answers.add(pool.submit((Callable<Response>) () -> {
                    start.await();
                    return request.apply(k);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response r = answer.get();
                assertTrue(r.statusCode() < 500, r.statusCode() + " " + r.asString());
                if (r.statusCode() >= 400) {
                    r.then().contentType(PROBLEM);
                }
                statuses.add(r.statusCode());
            }
            pool.shutdown();
            return statuses;
        }

        private void oneCreatedTheRestConflict(List<Integer> statuses, int created) {
            assertEquals(1, Collections.frequency(statuses, created), statuses.toString());
            assertEquals(statuses.size() - 1, Collections.frequency(statuses, 409), statuses.toString());
        }

        @Test
        void concurrentCreatesWithOneSlug_giveOne201AndOtherwise409_forEveryKindOfRecord() throws Exception {
            String initiative = unique("race-initiative");
            oneCreatedTheRestConflict(atOnce(6, k -> asEditor().contentType("application/json")
                    .body(Map.of("slug", initiative, "title", "Race " + k)).post("/api/v1/initiatives")), 201);
            String edition = unique("race-edition");
            oneCreatedTheRestConflict(atOnce(6, k -> asEditor().contentType("application/json")
                    .body(Map.of("slug", edition, "title", "Race", "series", "Race", "label", "Race " + k)).post("/api/v1/editions")), 201);
            String area = unique("race-area");
            oneCreatedTheRestConflict(atOnce(6, k -> asEditor().contentType("application/json")
                    .body(Map.of("slug", area, "name", "Race " + k, "type", "LOCAL_AUTHORITY")).post("/api/v1/areas")), 201);
            String contact = unique("race-contact");
            oneCreatedTheRestConflict(atOnce(6, k -> asEditor().contentType("application/json")
                    .body(Map.of("slug", contact, "name", "Race " + k, "edition", "salford-strengthening-families-handbook"))
                    .post("/api/v1/area-contacts")), 201);
            String account = unique("race.account");
            oneCreatedTheRestConflict(atOnce(6, k -> asAdmin().contentType("application/json")
                    .body(Map.of("username", account, "password", "a long enough password", "roles", List.of("editor"))).post("/api/v1/accounts")), 201);
        }

        @Test
        void concurrentIdenticalMappings_giveOne201AndOtherwise409() throws Exception {
            String initiative = Editing.draftInitiative();
            String edition = Editing.draftEdition();
            Editing.appearance(initiative, edition);
            oneCreatedTheRestConflict(atOnce(6, k -> asEditor().contentType("application/json")
                    .body(Map.of("initiative", initiative, "driver", "lack-of-information-sharing", "edition", edition, "provenance", "PRINTED_MATRIX"))
                    .post("/api/v1/driver-mappings")), 201);
        }

        @Test
        void concurrentAcceptsOfOneSuggestion_giveOne200AndOtherwise409() throws Exception {
            String id = api().header("X-Forwarded-For", "203.0.113.80").contentType("application/json")
                    .body(Map.of("title", "Raced suggestion " + UUID.randomUUID(), "description", "d", "organisation", "Race Org",
                            "contactName", "n", "contactEmail", "a@b.org"))
                    .post("/api/v1/suggestions").then().statusCode(201).extract().path("id");
            oneCreatedTheRestConflict(atOnce(6, k -> asEditor().post("/api/v1/suggestions/" + id + "/accept")), 200);
        }

        @Test
        void editorsNamingOneNewOrganisationAtOnce_allSucceed_andShareIt() throws Exception {
            String organisation = "Raced Organisation " + UUID.randomUUID();
            List<Integer> statuses = atOnce(8, k -> asEditor().contentType("application/json")
                    .body(Map.of("slug", unique("race-org-" + k), "title", "Race", "leadOrganisation", organisation)).post("/api/v1/initiatives"));
            assertEquals(8, Collections.frequency(statuses, 201), statuses.toString());
        }
    }
}
