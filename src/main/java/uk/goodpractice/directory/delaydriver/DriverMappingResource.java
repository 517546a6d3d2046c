package uk.goodpractice.directory.delaydriver;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import uk.goodpractice.directory.common.Roles;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.ProblemDetail;

/** Editors' access to the mappings of initiatives to delay drivers; the public reads them through initiatives and drivers. */
@Path("/v1/driver-mappings")
@Produces(MediaType.APPLICATION_JSON)
// the feature's tag, described (with the {id} path parameter) on DelayDriverResource
@Tag(name = "Delay drivers")
class DriverMappingResource {

    private final DriverMappingEditingService editing;

    DriverMappingResource(DriverMappingEditingService editing) {
        this.editing = editing;
    }

    /**
     * Get a driver mapping to edit.
     *
     * The mapping and the ETag to send back in If-Match (editors only). Answers for a deleted mapping too (`deletedAt` says it is
     * deleted), so that it can be restored.
     *
     * @return The mapping; ETag names its version
     */
    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(DriverMappingEdits.Editable.class)
    @AnswerExample(name = "editorial", value = ApiExamples.EDITABLE_DRIVER_MAPPING)
    @APIResponse(responseCode = "404", description = "No driver mapping has this id")
    public Response getDriverMapping(@PathParam("id") long id) {
        return tagged(editing.findEditableById(id));
    }

    /**
     * Map an initiative to a delay driver in an edition.
     *
     * Adds a mapping (editors only). The initiative must appear in the edition, and an EDITORIAL mapping needs a rationale.
     * Re-creating a deleted mapping brings it back under its old id with the new provenance and rationale. The initiative gets a
     * new version (ETag), since it shows its mappings.
     *
     * @return Created; Location names it and ETag its version
     */
    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = DriverMappingEdits.NewMapping.class),
            examples = @ExampleObject(name = "editorial", value = ApiExamples.NEW_DRIVER_MAPPING)))
    @APIResponseSchema(value = DriverMappingEdits.Editable.class, responseCode = "201")
    @AnswerExample(name = "created", value = ApiExamples.EDITABLE_DRIVER_MAPPING)
    @APIResponse(responseCode = "409", description = "The initiative is already mapped to this driver in this edition",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "duplicate", value = ApiExamples.DUPLICATE_DRIVER_MAPPING)))
    public Response createDriverMapping(@Valid @NotNull DriverMappingEdits.NewMapping request, @Context UriInfo uri) {
        DriverMappingEdits.Editable created = editing.createMapping(request);
        return IfMatch.created(uri, String.valueOf(created.id()), created, created.version());
    }

    /**
     * Replace a driver mapping's provenance and rationale.
     *
     * Sets provenance and rationale (editors only); initiative, driver and edition identify the mapping and do not change.
     * If-Match must name the version you edited.
     *
     * @return Changed; ETag names the new version
     */
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(DriverMappingEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_DRIVER_MAPPING)
    public Response replaceDriverMapping(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DriverMappingEdits.Changes changes) {
        return tagged(editing.replaceMapping(id, ifMatch, changes));
    }

    /**
     * Change a driver mapping's provenance or rationale.
     *
     * A JSON Merge Patch (RFC 7396) of provenance and rationale (editors only). If-Match must name the version you edited.
     *
     * @return Changed; ETag names the new version
     */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @APIResponseSchema(DriverMappingEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_DRIVER_MAPPING)
    public Response patchDriverMapping(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = DriverMappingEdits.Changes.class),
                    examples = @ExampleObject(name = "printed", value = "{\"provenance\":\"PRINTED_MATRIX\",\"rationale\":null}"))) @NotNull JsonNode patch) {
        return tagged(editing.patchMapping(id, ifMatch, patch));
    }

    /**
     * Delete a driver mapping.
     *
     * A soft delete (editors only): hidden from every public read, kept for restoring and recorded in the audit trail. If-Match
     * must name the current version.
     *
     * @return Deleted
     */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "204")
    public Response deleteDriverMapping(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editing.deleteMapping(id, ifMatch);
        return Response.noContent().build();
    }

    /**
     * Restore a deleted driver mapping.
     *
     * Brings a deleted mapping back (editors only), if its initiative still appears in its edition. If-Match must name the
     * deleted version (GET /api/v1/driver-mappings/{id} gives it).
     *
     * @return Restored
     */
    @POST
    @Path("/{id}/restore")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(value = DriverMappingEdits.Editable.class, responseCode = "200")
    @AnswerExample(name = "restored", value = ApiExamples.EDITABLE_DRIVER_MAPPING)
    @APIResponse(responseCode = "409", description = "The mapping is not deleted, or its initiative no longer appears in its edition")
    public Response restoreDriverMapping(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(editing.restoreMapping(id, ifMatch));
    }

    private static Response tagged(DriverMappingEdits.Editable e) {
        return IfMatch.tagged(e, e.version());
    }
}
