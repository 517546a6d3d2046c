package uk.goodpractice.directory.initiativeapi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.goodpractice.directory.Api.api;

import uk.goodpractice.directory.EditingProfile;
import uk.goodpractice.directory.Editing;
import static uk.goodpractice.directory.Editing.asAdmin;
import static uk.goodpractice.directory.Editing.asEditor;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.OffsetDateTime;

/**
 * Editing initiatives: roles, If-Match, validation, soft delete and the audit trail. Each test
 * creates its own initiative, so none depends on another's order or on the seeded data staying as it is.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class InitiativeEditingTest {

    private static final String EDITOR = Editing.EDITOR;
    private static final String LIST = "/api/v1/initiatives";
    private static int counter;


    // not @BeforeAll: REST Assured points at the test instance only once Quarkus has started for this class
    @BeforeEach
    void anEditorAccount() {
        Editing.accounts(); // once: it remembers
    }

    /** Creates a fresh draft and returns its slug. */
    static String draft() {
        String slug = "test-initiative-" + System.nanoTime() + "-" + counter++;
        asEditor().contentType("application/json").body("{\"slug\":\"" + slug + "\",\"title\":\"A test initiative\"}")
                .post(LIST).then().statusCode(201);
        return slug;
    }

    static String etag(String slug) {
        return asEditor().get(LIST + "/" + slug).then().statusCode(200).extract().header("ETag");
    }

        @Test
        void editor_creates201WithLocationAndETag_asADraftHiddenFromThePublic() {
            String slug = "kinship-reach-" + System.nanoTime();
            asEditor().contentType("application/json").body("{\"slug\":\"" + slug + "\",\"title\":\"Kinship Reach\"}")
                    .post(LIST).then().statusCode(201)
                    .header("Location", containsString(LIST + "/" + slug))
                    .header("ETag", equalTo("\"v0\""))
                    .body("status", equalTo("DRAFT"));
            api().get(LIST + "/" + slug).then().statusCode(404);
            asEditor().get(LIST + "/" + slug).then().statusCode(200).body("status", equalTo("DRAFT"));
        }

        @Test
        void anonymous_returns401ProblemJson_andNothingIsCreated() {
            api().contentType("application/json").body("{\"slug\":\"anonymous-one\",\"title\":\"x\"}").post(LIST).then().statusCode(401)
                    .contentType("application/problem+json").body("title", equalTo("Sign in required"));
            asEditor().get(LIST + "/anonymous-one").then().statusCode(404);
        }

        @Test
        void wrongPassword_returns401() {
            api().auth().preemptive().basic(EDITOR, "wrong-password").contentType("application/json")
                    .body("{\"slug\":\"x-y\",\"title\":\"x\"}").post(LIST).then().statusCode(401);
        }

        @Test
        void createWithOrganisationAndAreas_setsThem_andAnUnknownArea_is400WithItsPointer() {
            String slug = "with-areas-" + System.nanoTime();
            asEditor().contentType("application/json")
                    .body("{\"slug\":\"" + slug + "\",\"title\":\"x\",\"leadOrganisation\":\"Salford City Council\",\"areas\":[\"salford\",\"atlantis\"]}")
                    .post(LIST).then().statusCode(400).body("errors[0].pointer", equalTo("/areas/1"));
            asEditor().get(LIST + "/" + slug).then().statusCode(404);
            asEditor().contentType("application/json")
                    .body("{\"slug\":\"" + slug + "\",\"title\":\"x\",\"leadOrganisation\":\"Salford City Council\",\"areas\":[\"salford\"]}")
                    .post(LIST).then().statusCode(201).body("leadOrganisation", equalTo("Salford City Council")).body("areas", equalTo(List.of("salford")));
        }

        @Test
        void existingSlug_returns409() {
            asEditor().contentType("application/json").body("{\"slug\":\"lifelong-links\",\"title\":\"Again\"}")
                    .post(LIST).then().statusCode(409).contentType("application/problem+json");
        }

        @Test
        void invalidFields_return400NamingEach() {
            asEditor().contentType("application/json").body("{\"slug\":\"Not A Slug\",\"title\":\"\"}")
                    .post(LIST).then().statusCode(400).contentType("application/problem+json");
        }

        @Test
        void unknownField_returns400_andWrongMediaType_returns415() {
            asEditor().contentType("application/json").body("{\"slug\":\"a-b\",\"title\":\"x\",\"rating\":5}")
                    .post(LIST).then().statusCode(400).body("detail", containsString("rating"));
            asEditor().contentType("text/plain").body("slug=a-b").post(LIST).then().statusCode(415)
                    .contentType("application/problem+json");
        }

        @Test
        void patchWithCurrentETag_changesTheField_andReturnsTheNextETag() {
            String slug = draft();
            asEditor().contentType(InitiativeResource.MERGE_PATCH).header("If-Match", etag(slug))
                    .body("{\"summary\":\"Now with a summary\"}").patch(LIST + "/" + slug).then().statusCode(200)
                    .header("ETag", equalTo("\"v1\""))
                    .body("summary", equalTo("Now with a summary"))
                    .body("title", equalTo("A test initiative"));
        }

        @Test
        void patchNull_removesAnOptionalField_andInvalidResult_is400WithAPointer() {
            String slug = draft();
            asEditor().contentType(InitiativeResource.MERGE_PATCH).header("If-Match", etag(slug))
                    .body("{\"title\":\"\"}").patch(LIST + "/" + slug).then().statusCode(400)
                    .body("errors[0].pointer", equalTo("/title"));
            asEditor().contentType(InitiativeResource.MERGE_PATCH).header("If-Match", etag(slug))
                    .body("{\"summary\":null}").patch(LIST + "/" + slug).then().statusCode(200)
                    .body("summary", nullValue());
        }

        @Test
        void patchWithoutIfMatch_returns428() {
            String slug = draft();
            asEditor().contentType(InitiativeResource.MERGE_PATCH).body("{\"title\":\"x\"}").patch(LIST + "/" + slug).then()
                    .statusCode(428).contentType("application/problem+json");
        }

        @Test
        void staleIfMatch_returns412WithTheCurrentETag_andChangesNothing() {
            String slug = draft();
            String v0 = etag(slug);
            asEditor().contentType(InitiativeResource.MERGE_PATCH).header("If-Match", v0).body("{\"title\":\"First\"}")
                    .patch(LIST + "/" + slug).then().statusCode(200);
            asEditor().contentType(InitiativeResource.MERGE_PATCH).header("If-Match", v0).body("{\"title\":\"Second\"}")
                    .patch(LIST + "/" + slug).then().statusCode(412)
                    .header("ETag", equalTo("\"v1\""));
            asEditor().get(LIST + "/" + slug).then().body("title", equalTo("First"));
        }

        @Test
        void twoConcurrentUpdates_ofOneVersion_exactlyOneWins() throws Exception {
            String slug = draft();
            String v0 = etag(slug);
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> update = () -> {
                start.await();
                return asEditor().contentType("application/json").header("If-Match", v0)
                        .body("{\"title\":\"Racing\",\"status\":\"DRAFT\",\"partners\":[],\"areas\":[],\"contacts\":[],\"appearances\":[],\"drivers\":[]}").put(LIST + "/" + slug).statusCode();
            };
            var pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> results = List.of(pool.submit(update), pool.submit(update));
            start.countDown();
            List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one update wins: " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s == 412).count(), "the other gets 412: " + statuses);
        }

        @Test
        void publishingWithNoText_isRefusedNamingTheStatus_andItStaysHidden() {
            // an initiative in no edition (as an accepted suggestion starts) has nothing the public could read or cite
            String slug = draft();
            asEditor().contentType("application/json").header("If-Match", etag(slug))
                    .body("{\"title\":\"Published now\",\"status\":\"PUBLISHED\",\"partners\":[],\"areas\":[],\"contacts\":[],\"appearances\":[],\"drivers\":[]}").put(LIST + "/" + slug).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].pointer", equalTo("/status"));
            api().get(LIST + "/" + slug).then().statusCode(404);
        }

        @Test
        void delete_hidesIt_andRestoreBringsItBackAsADraft() {
            String slug = draft();
            asEditor().header("If-Match", etag(slug)).delete(LIST + "/" + slug).then().statusCode(204);
            asEditor().get(LIST + "/" + slug).then().statusCode(404);
            asEditor().header("If-Match", "\"v1\"").post(LIST + "/" + slug + "/restore").then().statusCode(200)
                    .body("status", equalTo("DRAFT"));
            asEditor().get(LIST + "/" + slug).then().statusCode(200);
        }

        @Test
        void deletingAPublishedInitiative_isListedForMirrors_butADraftNeverIs() {
            String since = OffsetDateTime.now().minusSeconds(1).toString();
            String published = draft();
            String draft = draft();
            String v1 = asEditor().contentType(InitiativeResource.MERGE_PATCH).header("If-Match", etag(published))
                    // published with text in a published edition, as publishing requires
                    .body("{\"status\":\"PUBLISHED\",\"appearances\":[{\"edition\":\"innovation-programme-directory-2016\",\"title\":\"A test initiative\","
                            + "\"sections\":[{\"heading\":\"What is it?\",\"blocks\":[{\"paragraph\":\"Text the public can read.\"}]}],"
                            + "\"links\":[],\"figures\":[],\"references\":[]}]}")
                    .patch(LIST + "/" + published).then().statusCode(200).extract().header("ETag");
            asEditor().header("If-Match", v1).delete(LIST + "/" + published).then().statusCode(204);
            asEditor().header("If-Match", etag(draft)).delete(LIST + "/" + draft).then().statusCode(204);
            api().get(LIST + "/" + published).then().statusCode(404);
            api().queryParam("since", since).queryParam("pageSize", 100).get("/api/v1/deletions").then().statusCode(200)
                    .body("results.findAll { it.type == 'initiative' }.slug", equalTo(List.of(published)));
            api().queryParam("since", "yesterday").get("/api/v1/deletions").then().statusCode(400)
                    .body("errors[0].parameter", equalTo("since"));
            asEditor().header("If-Match", "\"v2\"").post(LIST + "/" + published + "/restore").then().statusCode(200)
                    .body("status", equalTo("DRAFT"));
            // restored as a draft, it is still not public: mirrors keep it listed as gone
            api().queryParam("since", since).get("/api/v1/deletions").then().body("results.slug", hasItem(published));
            api().get(LIST + "/" + published).then().statusCode(404);
        }

        @Test
        void aNewAppearance_keepsTheThemeItNames_asAChangedOneDoes() {
            String slug = draft();
            String appearance = "{\"edition\":\"innovation-programme-directory-2016\",\"title\":\"A test initiative\","
                    + "\"theme\":\"social-work-methodology\",\"sections\":[],\"links\":[],\"figures\":[],\"references\":[]}";
            asEditor().contentType(InitiativeResource.MERGE_PATCH).header("If-Match", etag(slug))
                    .body("{\"appearances\":[" + appearance + "]}")
                    .patch(LIST + "/" + slug).then().statusCode(200)
                    .body("appearances[0].theme", equalTo("social-work-methodology"));
            asEditor().get(LIST + "/" + slug + "/editable").then().statusCode(200)
                    .body("appearances[0].theme", equalTo("social-work-methodology"));
        }

        @Test
        void deleteWithoutIfMatch_returns428() {
            asEditor().delete(LIST + "/" + draft()).then().statusCode(428);
        }

        @Test
        void everyChange_isRecordedWithWhoWhatBeforeAndAfter() {
            String slug = draft();
            asEditor().contentType(InitiativeResource.MERGE_PATCH).header("If-Match", etag(slug))
                    .body("{\"title\":\"Renamed\"}").patch(LIST + "/" + slug).then().statusCode(200);
            asEditor().header("If-Match", etag(slug)).delete(LIST + "/" + slug).then().statusCode(204);
            Response audit = asAdmin().queryParam("entityType", "initiative").queryParam("slug", slug).get("/api/v1/audit");
            audit.then().statusCode(200)
                    .body("results.action", equalTo(List.of("DELETE", "UPDATE", "CREATE")))
                    .body("results.actor", equalTo(List.of(EDITOR, EDITOR, EDITOR)))
                    .body("results[1].before.title", equalTo("A test initiative"))
                    .body("results[1].after.title", equalTo("Renamed"))
                    .body("results[2].before", nullValue());
        }

        @Test
        void aFailedChange_leavesNoAuditEntry() {
            String slug = draft();
            asEditor().contentType(InitiativeResource.MERGE_PATCH).header("If-Match", "\"v9\"").body("{\"title\":\"Nope\"}")
                    .patch(LIST + "/" + slug).then().statusCode(412);
            asAdmin().queryParam("slug", slug).get("/api/v1/audit").then().statusCode(200)
                    .body("paging.totalResults", equalTo(1));
        }

        @Test
        void editors_cannotReadTheAudit_andItCannotBeChanged() {
            asEditor().get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
            api().get("/api/v1/audit").then().statusCode(401);
            asAdmin().contentType("application/json").body("{}").post("/api/v1/audit").then().statusCode(405);
        }

        @Test
        void me_tellsWhoIsSignedIn() {
            asEditor().get("/api/v1/me").then().statusCode(200).body("username", equalTo(EDITOR)).body("roles", equalTo(List.of("editor")));
            api().get("/api/v1/me").then().statusCode(401);
        }

        @Test
        void onlyAdmins_manageAccounts_withStrongPasswords() {
            asEditor().contentType("application/json").body("{\"username\":\"x\",\"password\":\"long-enough-password\",\"roles\":[\"admin\"]}")
                    .post("/api/v1/accounts").then().statusCode(403);
            asAdmin().contentType("application/json").body("{\"username\":\"short\",\"password\":\"short\",\"roles\":[\"editor\"]}")
                    .post("/api/v1/accounts").then().statusCode(400);
            asAdmin().get("/api/v1/accounts").then().statusCode(200).body("results.username", hasItem(EDITOR));
        }
}
