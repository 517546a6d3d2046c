package uk.goodpractice.directory.initiativeapi;

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
import java.util.List;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.ProblemDetail;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.PublicLists;
import uk.goodpractice.directory.common.PublicationStatus;

@Path("/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Good-practice initiatives from every edition", extensions = {
        @Extension(name = OpenApiConventions.PATH_PARAMETERS, value = """
                {"slug": {"description": "The initiative's slug", "example": "lifelong-links"}}""")})
class InitiativeResource {

    static final String MERGE_PATCH = MergePatch.MEDIA_TYPE;
    private final InitiativeService service;
    private final InitiativeEditingService editing;
    private final SecurityIdentity identity;
    private final InitiativeDetailService pages;

    private final PublicLists publicLists;

    InitiativeResource(InitiativeService service, InitiativeEditingService editing, SecurityIdentity identity,
            InitiativeDetailService pages,
            PublicLists publicLists) {
        this.service = service;
        this.publicLists = publicLists;
        this.editing = editing;
        this.identity = identity;
        this.pages = pages;
    }

    /**
     * Find initiatives.
     *
     * Lists published initiatives, filtered and sorted. Values of one filter are OR-ed, different filters AND-ed. An unknown
     * filter value is a 400, never an empty list. The `Link` header (RFC 8288) gives first, prev, next and last pages.
     *
     * @return A page of initiatives
     */
    @GET
    @APIResponseSchema(InitiativePage.class)
    @AnswerExample(name = "lifelong-links", value = ApiExamples.INITIATIVE_PAGE)
    @APIResponse(responseCode = "400", description = "A parameter is invalid: bad page or pageSize, unknown sort, or a filter value that does not exist",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown-driver", value = ApiExamples.INVALID_PARAMETER)))
    public Response listInitiatives(@Valid @BeanParam InitiativeFilter filter, @Valid @BeanParam StatusFilter status,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        filter.since(); // a malformed updatedSince is a 400 whoever answers
        List<PublicationStatus> statuses = status.statuses(identity);
        if (statuses.equals(List.of(PublicationStatus.PUBLISHED))) {
            PublicLists.Answer published = publicLists.list("initiatives", uri.getQueryParameters());
            if (published != null) {
                return published.toResponse(uri);
            }
        }
        return PageLinks.ok(service.listInitiatives(filter, statuses, paging.toPageRequest()), uri);
    }

    /**
     * Get one initiative.
     *
     * The whole record: each edition's own text in source order with its citation, helpful links, contacts, delay-driver mappings
     * per edition (printed matrix ticks told apart from editorial judgement) and announcements.
     *
     * @return The initiative
     */
    @GET
    @Path("/{slug}")
    @APIResponseSchema(InitiativeDetail.class)
    @AnswerExample(name = "lancaster-hope-boxes", value = ApiExamples.INITIATIVE)
    @APIResponse(responseCode = "404", description = "No published initiative has this slug")
    @DraftsForEditors
    public Response getInitiative(
            @Parameter(description = "The initiative's slug", example = "lancaster-hope-boxes") @PathParam("slug") String slug) {
        boolean editor = identity.hasRole(Roles.EDITOR);
        // the snapshot's bytes where it has them, so a HEAD or a signed-in reader sees the same updatedAt as a public GET
        PublicLists.Answer published = editor ? null : publicLists.detail("initiatives/" + slug);
        if (published != null) {
            return published.toDetailResponse();
        }
        InitiativeDetail page = pages.findInitiativeBySlug(slug, editor);
        // an editor's tag names the version to send back in If-Match; a public tag is a hash of the body (HttpCaching)
        return editor ? IfMatch.tagged(page, page.version()) : Response.ok(page).build();
    }

    /**
     * Get an initiative to edit.
     *
     * Its editable fields (drafts and deleted ones too) in the shape PUT takes, with its version (editors only). ETag names the
     * version.
     *
     * @return The editable initiative
     */
    @GET
    @Path("/{slug}/editable")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(InitiativeEdits.Editable.class)
    @AnswerExample(name = "draft", value = ApiExamples.EDITABLE_INITIATIVE)
    @APIResponse(responseCode = "404", description = "No initiative has this slug")
    public Response getEditableInitiative(@PathParam("slug") String slug) {
        return tagged(editing.findEditableBySlug(slug));
    }

    /**
     * Create an initiative.
     *
     * Creates a draft initiative (editors only), optionally added to the end of an edition. Drafts are hidden from public reads
     * until published.
     *
     * @return Created; Location names it and ETag its first version
     */
    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = InitiativeEdits.Editable.class, responseCode = "201")
    @AnswerExample(name = "created", value = ApiExamples.EDITABLE_INITIATIVE)
    @APIResponse(responseCode = "409", description = "The slug is already in use")
    public Response createInitiative(@Valid @NotNull InitiativeEdits.NewInitiative request, @Context UriInfo uri) {
        InitiativeEdits.Editable created = editing.createInitiative(request);
        return IfMatch.created(uri, created.slug(), created, created.version());
    }

    /**
     * Replace an initiative's editable fields.
     *
     * Sets every editable field (editors only): title, summary, status, organisations, areas, contacts, each edition's text
     * (sections, links, figures, references) and the driver mappings. Mappings left out are soft-deleted. If-Match must name the
     * version you edited.
     *
     * @return Changed; ETag names the new version
     */
    @PUT
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(InitiativeEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_INITIATIVE)
    public Response replaceInitiative(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InitiativeEdits.Changes changes) {
        return tagged(editing.replaceInitiative(slug, ifMatch, changes));
    }

    /**
     * Change some of an initiative's editable fields.
     *
     * A JSON Merge Patch (RFC 7396) of the editable fields (editors only); a list given replaces the whole list. If-Match must
     * name the version you edited.
     *
     * @return Changed; ETag names the new version
     */
    @PATCH
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MERGE_PATCH)
    @APIResponseSchema(InitiativeEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_INITIATIVE)
    public Response patchInitiative(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = InitiativeEdits.Changes.class),
                    examples = @ExampleObject(name = "retitle", value = "{\"title\":\"Lifelong Links\"}"))) @NotNull JsonNode patch) {
        return tagged(editing.patchInitiative(slug, ifMatch, patch));
    }

    /**
     * Delete an initiative.
     *
     * A soft delete (editors only): hidden from every read, kept for restoring and recorded in the audit trail. If-Match must
     * name the current version.
     *
     * @return Deleted
     */
    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "204")
    public Response deleteInitiative(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editing.deleteInitiative(slug, ifMatch);
        return Response.noContent().build();
    }

    /**
     * Restore a deleted initiative.
     *
     * Brings a deleted initiative back as a draft (editors only).
     *
     * @return Restored as a draft
     */
    @POST
    @Path("/{slug}/restore")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(value = InitiativeEdits.Editable.class, responseCode = "200")
    @AnswerExample(name = "restored", value = ApiExamples.EDITABLE_INITIATIVE)
    @APIResponse(responseCode = "409", description = "The initiative is not deleted")
    public Response restoreInitiative(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(editing.restoreInitiative(slug, ifMatch));
    }

    private static Response tagged(InitiativeEdits.Editable e) {
        return IfMatch.tagged(e, e.version());
    }

    /** Names the paged envelope's schema for the OpenAPI document. */
    @Schema(name = "InitiativePage")
    record InitiativePage(@Schema(required = true) List<InitiativeSummary> results, @Schema(required = true) Paged.Paging paging,
            @Schema(description = "Counts per filter value, when `facets` asks for them") InitiativeFacets facets) {
    }
}
