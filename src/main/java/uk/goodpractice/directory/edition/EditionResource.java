package uk.goodpractice.directory.edition;

import uk.goodpractice.directory.common.DraftsForEditors;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import uk.goodpractice.directory.common.Roles;
import uk.goodpractice.directory.common.StatusFilter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.goodpractice.directory.common.IfMatch;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.goodpractice.directory.common.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.ProblemDetail;
import java.util.List;
import java.time.OffsetDateTime;
import uk.goodpractice.directory.common.PublicLists;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.UpdatedSince;

@Path("/v1/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions", description = "The publications that present initiatives", extensions = {
        @Extension(name = OpenApiConventions.PATH_PARAMETERS, value = """
                {"slug": {"description": "The edition's slug", "example": "good-practice-guide-2025-26-q1"}}""")})
class EditionResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final EditionService service;
    private final EditionEditingService editing;
    private final SecurityIdentity identity;
    private final EditionPages pages;

    private final PublicLists publicLists;

    EditionResource(EditionService service, EditionEditingService editing, SecurityIdentity identity, EditionPages pages,
            PublicLists publicLists) {
        this.pages = pages;
        this.publicLists = publicLists;
        this.service = service;
        this.editing = editing;
        this.identity = identity;
    }

    /**
     * List the editions.
     *
     * Every published edition (editors may ask for drafts with `status`), oldest first, with how many initiatives it presents and
     * whether it prints a delay-driver matrix.
     *
     * @return A page of editions
     */
    @GET
    @APIResponseSchema(EditionViews.Summary[].class)
    @AnswerExample(name = "editions", value = ApiExamples.EDITION_PAGE)
    @APIResponse(responseCode = "400", description = "page or pageSize is invalid",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "bad-page", value = ApiExamples.INVALID_PARAMETER)))
    public Response listEditions(@Valid @BeanParam StatusFilter status, @Valid @BeanParam UpdatedSince updatedSince,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        OffsetDateTime since = updatedSince.since();
        List<PublicationStatus> statuses = status.statuses(identity);
        if (statuses.equals(List.of(PublicationStatus.PUBLISHED))) {
            PublicLists.Answer published = publicLists.list("editions", uri.getQueryParameters());
            if (published != null) {
                return published.toResponse(uri);
            }
        }
        return PageLinks.ok(service.listEditions(statuses, since, paging.toPageRequest()), uri);
    }

    /**
     * Get one edition.
     *
     * The edition (a draft only for a signed-in editor) with its introduction, suggestions contact, themes, initiatives in
     * printed order and the items it announces.
     *
     * @return The edition
     */
    @GET
    @Path("/{slug}")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "EditionDetail"),
            examples = @ExampleObject(name = "quarter-2", value = ApiExamples.EDITION)))
    @APIResponse(responseCode = "404", description = "No published edition has this slug")
    @DraftsForEditors
    public Response getEdition(
            @Parameter(description = "The edition's slug", example = "good-practice-guide-2024-25-q2") @PathParam("slug") String slug) {
        boolean editor = identity.hasRole(Roles.EDITOR);
        // the snapshot's bytes where it has them, so a HEAD or a signed-in reader sees the same updatedAt as a public GET
        PublicLists.Answer published = editor ? null : publicLists.detail("editions/" + slug);
        return published != null ? published.toDetailResponse() : Response.ok(pages.findEditionBySlug(slug, editor)).build();
    }

    /**
     * Get an edition to edit.
     *
     * Its editable fields, state, live initiatives in printed order and version (editors only; drafts and deleted ones too). ETag
     * names the version.
     *
     * @return The editable edition
     */
    @GET
    @Path("/{slug}/editable")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(EditionEdits.Editable.class)
    @AnswerExample(name = "draft", value = ApiExamples.EDITABLE_EDITION)
    @APIResponse(responseCode = "404", description = "No edition has this slug")
    public Response getEditableEdition(@PathParam("slug") String slug) {
        return tagged(editing.findEditableBySlug(slug));
    }

    /**
     * Create an edition.
     *
     * Creates a draft edition after the existing ones (editors only). Nothing of it is public until it is published.
     *
     * @return Created; Location names it and ETag its first version
     */
    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = EditionEdits.Editable.class, responseCode = "201")
    @AnswerExample(name = "created", value = ApiExamples.EDITABLE_EDITION)
    @APIResponse(responseCode = "409", description = "The slug is already in use")
    public Response createEdition(@Valid @NotNull EditionEdits.NewEdition request, @Context UriInfo uri) {
        EditionEdits.Editable created = editing.createEdition(request);
        return IfMatch.created(uri, created.slug(), created, created.version());
    }

    /**
     * Replace an edition's editable fields.
     *
     * Sets every editable field (editors only). If-Match must name the version you edited.
     *
     * @return Changed; ETag names the new version
     */
    @PUT
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(EditionEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_EDITION)
    public Response replaceEdition(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EditionEdits.Changes changes) {
        return tagged(editing.replaceEdition(slug, ifMatch, changes));
    }

    /**
     * Change some of an edition's editable fields.
     *
     * A JSON Merge Patch (RFC 7396) of the editable fields (editors only). If-Match must name the version you edited.
     *
     * @return Changed; ETag names the new version
     */
    @PATCH
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MERGE_PATCH)
    @APIResponseSchema(EditionEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_EDITION)
    public Response patchEdition(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = EditionEdits.Changes.class),
                    examples = @ExampleObject(name = "relabel", value = "{\"label\":\"Quarter 1: 2025/26\"}"))) @NotNull JsonNode patch) {
        return tagged(editing.patchEdition(slug, ifMatch, patch));
    }

    /**
     * Delete a draft edition.
     *
     * A soft delete of a draft edition (editors only): hidden, kept and restorable. A published edition cannot be deleted (409).
     *
     * @return Deleted
     */
    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = "The edition is published")
    public Response deleteEdition(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editing.deleteEdition(slug, ifMatch);
        return Response.noContent().build();
    }

    /**
     * Restore a deleted edition.
     *
     * Brings a deleted draft edition back (editors only).
     *
     * @return Restored
     */
    @POST
    @Path("/{slug}/restore")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(value = EditionEdits.Editable.class, responseCode = "200")
    @AnswerExample(name = "restored", value = ApiExamples.EDITABLE_EDITION)
    @APIResponse(responseCode = "409", description = "The edition is not deleted")
    public Response restoreEdition(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(editing.restoreEdition(slug, ifMatch));
    }

    /**
     * Publish an edition.
     *
     * Publishes the draft edition together with its draft initiatives, and so their driver mappings and contacts, in one
     * transaction, and records when (editors only). The publication date is set to today if it was not given. If-Match must name
     * the current version.
     *
     * @return Published
     */
    @POST
    @Path("/{slug}/publish")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(value = EditionEdits.Editable.class, responseCode = "200")
    @AnswerExample(name = "published", value = ApiExamples.EDITABLE_EDITION)
    @APIResponse(responseCode = "409", description = "Already published, or it presents no initiatives")
    public Response publishEdition(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(editing.publishEdition(slug, ifMatch));
    }

    /**
     * Reorder an edition's initiatives.
     *
     * Sets the printed order: the list names every live initiative of the edition exactly once (editors only). If-Match must name
     * the edition's current version.
     *
     * @return Reordered; ETag names the edition's new version
     */
    @PUT
    @Path("/{slug}/order")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(EditionEdits.Editable.class)
    @AnswerExample(name = "reordered", value = ApiExamples.EDITABLE_EDITION)
    public Response reorderEdition(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EditionEdits.Order order) {
        return tagged(editing.reorderEdition(slug, ifMatch, order));
    }

    private static Response tagged(EditionEdits.Editable e) {
        return IfMatch.tagged(e, e.version());
    }
}
