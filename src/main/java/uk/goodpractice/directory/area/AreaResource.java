package uk.goodpractice.directory.area;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.goodpractice.directory.common.IfMatch;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.goodpractice.directory.common.Roles;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.ProblemDetail;
import uk.goodpractice.directory.common.PublicLists;

@Path("/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Local authorities, combined authorities, regions, partnerships and the national scope", extensions = {
        @Extension(name = OpenApiConventions.PATH_PARAMETERS, value = """
                {"slug": {"description": "The area's slug", "example": "salford"}}"""),
        @Extension(name = OpenApiConventions.IF_MATCH_EXAMPLE_VERSION, value = "1")})
class AreaResource {

    private final AreaService service;
    private final AreaEditingService editing;
    private final AreaPages pages;

    private final PublicLists publicLists;

    AreaResource(AreaService service, AreaEditingService editing, AreaPages pages,
            PublicLists publicLists) {
        this.publicLists = publicLists;
        this.service = service;
        this.editing = editing;
        this.pages = pages;
    }

    /**
     * List areas.
     *
     * Areas by name, filtered by type, parent or name, each with the number of initiatives linked to it.
     *
     * @return A page of areas
     */
    @GET
    @APIResponseSchema(AreaViews.Summary[].class)
    @AnswerExample(name = "salford", value = ApiExamples.AREA_PAGE)
    @APIResponse(responseCode = "400", description = "A parameter is invalid: unknown type or parent, bad page or pageSize")
    public Response listAreas(@Valid @BeanParam AreaFilter filter, @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        filter.since(); // a malformed updatedSince is a 400 whoever answers
        PublicLists.Answer published = publicLists.list("areas", uri.getQueryParameters());
        if (published != null) {
            return published.toResponse(uri);
        }
        return PageLinks.ok(service.listAreas(filter, paging.toPageRequest()), uri);
    }

    /**
     * Get one area with its initiatives and contacts.
     *
     * An area with the areas within it, its published initiatives and its published contacts. A deleted area is not found.
     *
     * @return The area
     */
    @GET
    @Path("/{slug}")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "AreaDetail"),
            examples = @ExampleObject(name = "salford", value = ApiExamples.AREA)))
    @APIResponse(responseCode = "404", description = "No area has this slug")
    public Response getArea(@PathParam("slug") String slug) {
        // the snapshot's bytes where it has them, so a HEAD or a signed-in reader sees the same updatedAt as a public GET
        PublicLists.Answer published = publicLists.detail("areas/" + slug);
        return published != null ? published.toDetailResponse() : Response.ok(pages.findAreaBySlug(slug)).build();
    }

    /**
     * Get an area to edit.
     *
     * The editable fields and the ETag to send back in If-Match (editors only). Answers for a deleted area too (`deletedAt` says
     * it is deleted), so that it can be restored.
     *
     * @return The area's editable fields; ETag names its version
     */
    @GET
    @Path("/{slug}/editable")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(AreaEdits.Editable.class)
    @AnswerExample(name = "salford", value = ApiExamples.EDITABLE_AREA)
    @APIResponse(responseCode = "404", description = "No area has this slug")
    public Response getEditableArea(@PathParam("slug") String slug) {
        return tagged(editing.findEditableBySlug(slug));
    }

    /**
     * Create an area.
     *
     * Adds an area (editors only), optionally within a parent area named by slug; an unknown parent is a 400 pointing at it.
     *
     * @return Created; Location names it and ETag its first version
     */
    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = AreaEdits.NewArea.class),
            examples = @ExampleObject(name = "wigan", value = ApiExamples.NEW_AREA)))
    @APIResponseSchema(value = AreaEdits.Editable.class, responseCode = "201")
    @AnswerExample(name = "created", value = ApiExamples.EDITABLE_AREA)
    @APIResponse(responseCode = "409", description = "The slug is already in use (perhaps by a deleted area, which can be restored)")
    public Response createArea(@Valid @NotNull AreaEdits.NewArea request, @Context UriInfo uri) {
        AreaEdits.Editable created = editing.createArea(request);
        return IfMatch.created(uri, created.slug(), created, created.version());
    }

    /**
     * Replace an area's editable fields.
     *
     * Sets name, type and parent (editors only); an absent parent means none, and a parent within the area itself is a 400.
     * If-Match must name the version you edited. A new name or type gives the initiatives that show the area a new version too.
     *
     * @return Changed; ETag names the new version
     */
    @PUT
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(AreaEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_AREA)
    public Response replaceArea(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AreaEdits.Changes changes) {
        return tagged(editing.replaceArea(slug, ifMatch, changes));
    }

    /**
     * Change some of an area's editable fields.
     *
     * A JSON Merge Patch (RFC 7396) of name, type and parent (editors only); a null parent makes it a top-level area. If-Match
     * must name the version you edited.
     *
     * @return Changed; ETag names the new version
     */
    @PATCH
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @APIResponseSchema(AreaEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_AREA)
    public Response patchArea(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = AreaEdits.Changes.class),
                    examples = @ExampleObject(name = "rename", value = "{\"name\":\"Salford City Council\"}"))) @NotNull JsonNode patch) {
        return tagged(editing.patchArea(slug, ifMatch, patch));
    }

    /**
     * Delete an area.
     *
     * A soft delete (editors only): hidden from every public read, and an unknown filter value from then on; kept for restoring
     * and recorded in the audit trail. An area that initiatives, contacts or other areas still use cannot be deleted. If-Match
     * must name the current version.
     *
     * @return Deleted
     */
    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = "Initiatives, area contacts or areas within it still use the area; the detail names them",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "in-use", value = ApiExamples.AREA_IN_USE)))
    public Response deleteArea(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editing.deleteArea(slug, ifMatch);
        return Response.noContent().build();
    }

    /**
     * Restore a deleted area.
     *
     * Brings a deleted area back (editors only); its parent must not be deleted. If-Match must name the deleted version (GET
     * …/editable gives it).
     *
     * @return Restored
     */
    @POST
    @Path("/{slug}/restore")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(value = AreaEdits.Editable.class, responseCode = "200")
    @AnswerExample(name = "restored", value = ApiExamples.EDITABLE_AREA)
    @APIResponse(responseCode = "409", description = "The area is not deleted, or its parent is")
    public Response restoreArea(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(editing.restoreArea(slug, ifMatch));
    }

    private static Response tagged(AreaEdits.Editable e) {
        return IfMatch.tagged(e, e.version());
    }
}
