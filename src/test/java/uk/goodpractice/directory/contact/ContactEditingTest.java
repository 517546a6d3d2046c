package uk.goodpractice.directory.contact;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asEditor;
import static uk.goodpractice.directory.Editing.asNonEditor;
import static uk.goodpractice.directory.Editing.audit;
import static uk.goodpractice.directory.Editing.etag;
import static uk.goodpractice.directory.Editing.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;

/**
 * Editing area contacts: roles, If-Match, validation, soft delete, what the public sees and the
 * audit trail. Each test creates its own contact, so none depends on another's order.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class ContactEditingTest {

    private static final String LIST = "/api/v1/area-contacts";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String EDITION = "salford-strengthening-families-handbook";

    @BeforeEach
    void accounts() {
        Editing.accounts();
    }

    private static String body(String slug, String extra) {
        return body(slug, EDITION, extra);
    }

    private static String body(String slug, String edition, String extra) {
        return "{\"slug\":\"" + slug + "\",\"name\":\"Sam Taylor\",\"role\":\"Kinship Practice Lead\",\"organisation\":\"Salford City Council\","
                + "\"email\":\"sam.taylor@example.gov.uk\",\"phone\":\"0161 234 5678\",\"edition\":\"" + edition + "\",\"areas\":[\"salford\"]"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    /** Creates a contact published by a published edition; returns its slug. */
    private static String contact(String extra) {
        return contactIn(EDITION, extra);
    }

    private static String contactIn(String edition, String extra) {
        String slug = unique("test-contact");
        asEditor().contentType("application/json").body(body(slug, edition, extra)).post(LIST).then().statusCode(201);
        return slug;
    }

    private static String editable(String slug) {
        return LIST + "/" + slug + "/editable";
    }

    @Test
    void theContactsOfADraftEdition_areListedForEditorsAskingForDrafts_only() {
        String draft = Editing.draftEdition();
        String slug = contactIn(draft, "");
        api().queryParam("pageSize", 100).get(LIST).then().statusCode(200).body("results.slug", not(hasItem(slug)));
        api().queryParam("status", "ANY").get(LIST).then().statusCode(401).contentType("application/problem+json");
        asNonEditor().queryParam("status", "ANY").get(LIST).then().statusCode(403);
        asEditor().queryParam("status", "DRAFT").queryParam("edition", draft).get(LIST).then().statusCode(200)
                .body("results.slug", equalTo(List.of(slug)));
        asEditor().queryParam("status", "ANY").queryParam("q", "sam taylor").queryParam("pageSize", 100).get(LIST).then().statusCode(200)
                .body("results.slug", hasItem(slug));
        api().queryParam("edition", draft).get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("edition"));
    }

    @Test
    void editor_creates201WithLocationAndETag_andThePublicSeesIt() {
        String slug = unique("sam-taylor");
        asEditor().contentType("application/json").body(body(slug, "\"initiatives\":[\"salford-strengthening-families\"]"))
                .post(LIST).then().statusCode(201)
                .header("Location", containsString(LIST + "/" + slug))
                .header("ETag", equalTo("\"v0\""))
                .body("slug", equalTo(slug))
                .body("organisation", equalTo("Salford City Council"))
                .body("edition", equalTo(EDITION))
                .body("areas", equalTo(List.of("salford")))
                .body("initiatives", equalTo(List.of("salford-strengthening-families")))
                .body("version", equalTo(0));
        api().get(LIST + "/" + slug).then().statusCode(200)
                .body("name", equalTo("Sam Taylor"))
                .body("organisation.slug", equalTo("salford-city-council"))
                .body("areas.slug", equalTo(List.of("salford")))
                .body("initiatives.slug", equalTo(List.of("salford-strengthening-families")));
        api().queryParam("q", "kinship practice").get(LIST).then().statusCode(200).body("results.slug", hasItem(slug));
        api().get("/api/v1/areas/salford").then().statusCode(200).body("contacts.slug", hasItem(slug));
    }

    @Test
    void aNewOrganisationName_addsTheOrganisation() {
        String org = "Test Organisation " + System.nanoTime();
        String slug = unique("test-contact");
        // the organisation named in place of Salford's (a JSON object names each field once)
        asEditor().contentType("application/json").body(body(slug, "").replace("Salford City Council", org)).post(LIST)
                .then().statusCode(201);
        api().get(LIST + "/" + slug).then().statusCode(200).body("organisation.name", equalTo(org));
        api().queryParam("q", org).get("/api/v1/organisations").then().statusCode(200).body("results.name", equalTo(List.of(org)));
    }

    @Test
    void anonymous_returns401_andNonEditor_returns403_andNothingIsCreated() {
        String slug = unique("anonymous");
        api().contentType("application/json").body(body(slug, "")).post(LIST).then().statusCode(401)
                .contentType("application/problem+json").body("title", equalTo("Sign in required"));
        asNonEditor().contentType("application/json").body(body(slug, "")).post(LIST).then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Forbidden"));
        api().get(editable("joe-garraway")).then().statusCode(401);
        asNonEditor().get(editable("joe-garraway")).then().statusCode(403);
        asEditor().get(editable(slug)).then().statusCode(404);
    }

    @Test
    void existingSlug_returns409() {
        asEditor().contentType("application/json").body(body("joe-garraway", "")).post(LIST).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("joe-garraway"));
    }

    @Test
    void invalidFields_return400NamingEach() {
        asEditor().contentType("application/json")
                .body("{\"slug\":\"Not A Slug\",\"email\":\"not-an-email\",\"edition\":\"\"}")
                .post(LIST).then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", equalTo(List.of("/edition", "/email", "/slug")));
    }

    @Test
    void unknownSlugs_return400PointingAtEach_andNothingIsCreatedOrAudited() {
        String slug = unique("unknown-refs");
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"edition\":\"no-such-edition\",\"areas\":[\"salford\",\"atlantis\"],\"initiatives\":[\"nothing-here\"]}")
                .post(LIST).then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", equalTo(List.of("/edition", "/areas/1", "/initiatives/0")))
                .body("errors[1].message", containsString("atlantis"));
        asEditor().get(editable(slug)).then().statusCode(404);
        audit("contact", slug).then().statusCode(200).body("paging.totalResults", equalTo(0));
    }

    @Test
    void unknownField_returns400_andWrongMediaType_returns415() {
        asEditor().contentType("application/json").body(body(unique("x"), "\"rating\":5")).post(LIST).then().statusCode(400)
                .body("detail", containsString("rating"));
        asEditor().contentType("text/plain").body("slug=x").post(LIST).then().statusCode(415).contentType("application/problem+json");
        String slug = contact("");
        asEditor().contentType("application/json").header("If-Match", etag(editable(slug))).body("{\"phone\":\"1\"}")
                .patch(LIST + "/" + slug).then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void editable_givesTheShapeAndETag_evenOfADeletedContact() {
        String slug = contact("");
        asEditor().get(editable(slug)).then().statusCode(200)
                .header("ETag", equalTo("\"v0\""))
                .body("slug", equalTo(slug))
                .body("phone", equalTo("0161 234 5678"))
                .body("deletedAt", nullValue());
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/" + slug).then().statusCode(204);
        asEditor().get(editable(slug)).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("deletedAt", notNullValue());
        asEditor().get(editable("nobody")).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void put_replacesEveryField_anAbsentOneIsCleared() {
        String slug = contact("");
        asEditor().contentType("application/json").header("If-Match", "\"v0\"")
                .body("{\"name\":\"Sam Taylor-Jones\",\"edition\":\"innovation-programme-directory-2016\",\"areas\":[\"leeds\"]}")
                .put(LIST + "/" + slug).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("name", equalTo("Sam Taylor-Jones"))
                .body("phone", nullValue())
                .body("organisation", nullValue())
                .body("edition", equalTo("innovation-programme-directory-2016"))
                .body("areas", equalTo(List.of("leeds")))
                .body("initiatives", empty());
        api().get(LIST + "/" + slug).then().statusCode(200).body("edition.slug", equalTo("innovation-programme-directory-2016"));
    }

    @Test
    void patch_changesOnlyWhatItNames_andNullClearsAField() {
        String slug = contact("");
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"phone\":\"0161 000 0000\",\"note\":null}")
                .patch(LIST + "/" + slug).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("phone", equalTo("0161 000 0000"))
                .body("name", equalTo("Sam Taylor"))
                .body("areas", equalTo(List.of("salford")));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v1\"").body("{\"email\":null}")
                .patch(LIST + "/" + slug).then().statusCode(200).body("email", nullValue());
    }

    @Test
    void patch_invalidResult_is400WithAPointer() {
        String slug = contact("");
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"email\":\"nope\"}")
                .patch(LIST + "/" + slug).then().statusCode(400).body("errors[0].pointer", equalTo("/email"));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"edition\":null}")
                .patch(LIST + "/" + slug).then().statusCode(400).body("errors[0].pointer", equalTo("/edition"));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"areas\":[\"salford\",\"atlantis\"]}")
                .patch(LIST + "/" + slug).then().statusCode(400).body("errors[0].pointer", equalTo("/areas/1"));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"areas\":\"salford\"}")
                .patch(LIST + "/" + slug).then().statusCode(400).body("errors[0].pointer", equalTo("/areas"));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("[]")
                .patch(LIST + "/" + slug).then().statusCode(400).contentType("application/problem+json");
        asEditor().get(editable(slug)).then().header("ETag", equalTo("\"v0\"")).body("email", equalTo("sam.taylor@example.gov.uk"));
    }

    @Test
    void changesWithoutIfMatch_return428() {
        String slug = contact("");
        asEditor().contentType(MERGE_PATCH).body("{\"phone\":\"1\"}").patch(LIST + "/" + slug).then().statusCode(428)
                .contentType("application/problem+json");
        asEditor().contentType("application/json").body("{\"edition\":\"" + EDITION + "\"}").put(LIST + "/" + slug).then().statusCode(428);
        asEditor().delete(LIST + "/" + slug).then().statusCode(428);
        asEditor().post(LIST + "/" + slug + "/restore").then().statusCode(428);
    }

    @Test
    void staleIfMatch_returns412WithTheCurrentETag_andChangesNothing() {
        String slug = contact("");
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"phone\":\"first\"}").patch(LIST + "/" + slug).then().statusCode(200);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"phone\":\"second\"}").patch(LIST + "/" + slug).then()
                .statusCode(412).contentType("application/problem+json").header("ETag", equalTo("\"v1\""));
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/" + slug).then().statusCode(412);
        asEditor().get(editable(slug)).then().body("phone", equalTo("first")).body("deletedAt", nullValue());
        audit("contact", slug).then().body("results.action", equalTo(List.of("UPDATE", "CREATE")));
    }

    @Test
    void unknownSlug_returns404() {
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"phone\":\"1\"}").patch(LIST + "/nobody").then()
                .statusCode(404).contentType("application/problem+json");
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/nobody").then().statusCode(404);
    }

    @Test
    void delete_hidesItFromPublicReads_andRestoreBringsItBack() {
        String slug = contact("\"initiatives\":[\"salford-strengthening-families\"]");
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/" + slug).then().statusCode(204);
        api().get(LIST + "/" + slug).then().statusCode(404).contentType("application/problem+json");
        api().queryParam("q", "kinship practice").get(LIST).then().statusCode(200).body("results.slug", not(hasItem(slug)));
        api().get("/api/v1/areas/salford").then().statusCode(200).body("contacts.slug", not(hasItem(slug)));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v1\"").body("{\"phone\":\"1\"}").patch(LIST + "/" + slug).then().statusCode(404);

        asEditor().header("If-Match", "\"v1\"").post(LIST + "/" + slug + "/restore").then().statusCode(200)
                .header("ETag", equalTo("\"v2\""))
                .body("deletedAt", nullValue())
                .body("initiatives", equalTo(List.of("salford-strengthening-families")));
        api().get(LIST + "/" + slug).then().statusCode(200);
        api().get("/api/v1/areas/salford").then().statusCode(200).body("contacts.slug", hasItem(slug));
    }

    @Test
    void restoringALiveContact_returns409() {
        String slug = contact("");
        asEditor().header("If-Match", "\"v0\"").post(LIST + "/" + slug + "/restore").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("not deleted"));
    }

    @Test
    void recreatingADeletedSlug_returns409SayingToRestore() {
        String slug = contact("");
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/" + slug).then().statusCode(204);
        asEditor().contentType("application/json").body(body(slug, "")).post(LIST).then().statusCode(409)
                .body("detail", containsString("restore"));
    }

    @Test
    void aContactOfADraftEdition_isHiddenFromThePublic_butEditable() {
        String draft = Editing.draftEdition();
        String slug = contactIn(draft, "");
        asEditor().get(editable(slug)).then().statusCode(200).body("edition", equalTo(draft));
        api().get(LIST + "/" + slug).then().statusCode(404);
        api().queryParam("q", "kinship practice").get(LIST).then().statusCode(200).body("results.slug", not(hasItem(slug)));
        api().get("/api/v1/areas/salford").then().statusCode(200).body("contacts.slug", not(hasItem(slug)));
        api().queryParam("edition", draft).get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("edition"));
    }

    @Test
    void aDraftInitiative_isLinkedForEditors_butNotShownToThePublic() {
        String initiative = Editing.draftInitiative();
        String slug = contact("\"initiatives\":[\"" + initiative + "\"]");
        asEditor().get(editable(slug)).then().body("initiatives", equalTo(List.of(initiative)));
        api().get(LIST + "/" + slug).then().statusCode(200).body("initiatives", empty());
        api().queryParam("initiative", initiative).get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("initiative"));
    }

    @Test
    void changingAContactsInitiatives_changesEachInitiativesETag() {
        String added = Editing.draftInitiative();
        String removed = Editing.draftInitiative();
        String slug = contact("\"initiatives\":[\"" + removed + "\"]");
        String addedBefore = etag("/api/v1/initiatives/" + added);
        String removedBefore = etag("/api/v1/initiatives/" + removed);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"initiatives\":[\"" + added + "\"]}")
                .patch(LIST + "/" + slug).then().statusCode(200).body("initiatives", equalTo(List.of(added)));
        assertNotEquals(addedBefore, etag("/api/v1/initiatives/" + added), "the added initiative's ETag changes");
        assertNotEquals(removedBefore, etag("/api/v1/initiatives/" + removed), "the removed initiative's ETag changes");

        String beforeDelete = etag("/api/v1/initiatives/" + added);
        asEditor().header("If-Match", "\"v1\"").delete(LIST + "/" + slug).then().statusCode(204);
        assertNotEquals(beforeDelete, etag("/api/v1/initiatives/" + added), "deleting the contact changes its initiative's ETag");
    }

    @Test
    void everyChange_isAuditedWithWhoWhatBeforeAndAfter() {
        String slug = contact("");
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"phone\":\"0161 000 0000\"}").patch(LIST + "/" + slug)
                .then().statusCode(200);
        asEditor().header("If-Match", "\"v1\"").delete(LIST + "/" + slug).then().statusCode(204);
        asEditor().header("If-Match", "\"v2\"").post(LIST + "/" + slug + "/restore").then().statusCode(200);
        audit("contact", slug).then().statusCode(200)
                .body("results.action", equalTo(List.of("RESTORE", "DELETE", "UPDATE", "CREATE")))
                .body("results.actor", equalTo(List.of(Editing.EDITOR, Editing.EDITOR, Editing.EDITOR, Editing.EDITOR)))
                .body("results[0].before.deletedAt", notNullValue())
                .body("results[0].after.deletedAt", nullValue())
                .body("results[1].after.deletedAt", notNullValue())
                .body("results[2].before.phone", equalTo("0161 234 5678"))
                .body("results[2].after.phone", equalTo("0161 000 0000"))
                .body("results[3].before", nullValue())
                .body("results[3].after.areas", equalTo(List.of("salford")));
    }
}
