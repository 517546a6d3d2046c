package uk.goodpractice.directory.contact;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import uk.goodpractice.directory.common.StatusFilter;
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
import java.util.List;
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
import uk.goodpractice.directory.common.PublicLists;
import uk.goodpractice.directory.common.PublicationStatus;

@Path("/v1/area-contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Area contacts", description = "People and teams published as contacts for initiatives and areas", extensions = {
        @Extension(name = OpenApiConventions.PATH_PARAMETERS, value = """
                {"slug": {"description": "The contact's slug", "example": "joe-garraway"}}"""),
        @Extension(name = OpenApiConventions.IF_MATCH_EXAMPLE_VERSION, value = "3")})
class ContactResource {

    private final ContactService service;
    private final ContactEditingService editing;
    private final SecurityIdentity identity;

    private final PublicLists publicLists;

    ContactResource(ContactService service, ContactEditingService editing, SecurityIdentity identity,
            PublicLists publicLists) {
        this.service = service;
        this.publicLists = publicLists;
        this.editing = editing;
        this.identity = identity;
    }

    /**
     * Find area contacts.
     *
     * Contacts exactly as published (name, role, organisation, email and phone as printed), by name. Values of one filter are
     * OR-ed, different filters AND-ed; an unknown filter value is a 400. Editors may ask with `status` for the contacts of draft
     * editions (the status is their edition's).
     *
     * @return A page of contacts
     */
    @GET
    @APIResponseSchema(ContactView[].class)
    @AnswerExample(name = "daybreak", value = ApiExamples.CONTACT_PAGE)
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    public Response listContacts(@Valid @BeanParam ContactFilter filter, @Valid @BeanParam StatusFilter status,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        filter.since(); // a malformed updatedSince is a 400 whoever answers
        List<PublicationStatus> statuses = status.statuses(identity);
        if (statuses.equals(List.of(PublicationStatus.PUBLISHED))) {
            PublicLists.Answer published = publicLists.list("area-contacts", uri.getQueryParameters());
            if (published != null) {
                return published.toResponse(uri);
            }
        }
        return PageLinks.ok(service.listContacts(filter, statuses, paging.toPageRequest()), uri);
    }

    /**
     * Get one area contact.
     *
     * A contact as published. Deleted contacts and those of an edition not yet published are not found.
     *
     * @return The contact
     */
    @GET
    @Path("/{slug}")
    @APIResponseSchema(ContactView.class)
    @AnswerExample(name = "joe-garraway", value = ApiExamples.CONTACT)
    @APIResponse(responseCode = "404", description = "No published contact has this slug")
    public Response getContact(@PathParam("slug") String slug) {
        // the snapshot's bytes where it has them, so a HEAD or a signed-in reader sees the same updatedAt as a public GET
        PublicLists.Answer published = publicLists.detail("area-contacts/" + slug);
        return published != null ? published.toDetailResponse() : Response.ok(service.findContactBySlug(slug)).build();
    }

    /**
     * Get an area contact to edit.
     *
     * The editable fields and the ETag to send back in If-Match (editors only). Answers for a deleted or unpublished contact too
     * (`deletedAt` says it is deleted), so that it can be restored.
     *
     * @return The contact's editable fields; ETag names its version
     */
    @GET
    @Path("/{slug}/editable")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(ContactEdits.Editable.class)
    @AnswerExample(name = "joe-garraway", value = ApiExamples.EDITABLE_CONTACT)
    @APIResponse(responseCode = "404", description = "No contact has this slug")
    public Response getEditableContact(@PathParam("slug") String slug) {
        return tagged(editing.findEditableBySlug(slug));
    }

    /**
     * Create an area contact.
     *
     * Adds a contact (editors only). It is public once the edition named by `edition` is published. A new organisation name adds
     * the organisation; areas, initiatives and the edition are named by slug, and an unknown one is a 400 pointing at it.
     *
     * @return Created; Location names it and ETag its first version
     */
    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ContactEdits.NewContact.class),
            examples = @ExampleObject(name = "sam-taylor", value = ApiExamples.NEW_CONTACT)))
    @APIResponseSchema(value = ContactEdits.Editable.class, responseCode = "201")
    @AnswerExample(name = "created", value = ApiExamples.EDITABLE_CONTACT)
    @APIResponse(responseCode = "409", description = "The slug is already in use (perhaps by a deleted contact, which can be restored)")
    public Response createContact(@Valid @NotNull ContactEdits.NewContact request, @Context UriInfo uri) {
        ContactEdits.Editable created = editing.createContact(request);
        return IfMatch.created(uri, created.slug(), created, created.version());
    }

    /**
     * Replace an area contact's editable fields.
     *
     * Sets every editable field (editors only); an absent field is cleared. If-Match must name the version you edited. The
     * initiatives it is or was linked to get a new version too, since each shows its contacts.
     *
     * @return Changed; ETag names the new version
     */
    @PUT
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(ContactEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_CONTACT)
    public Response replaceContact(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContactEdits.Changes changes) {
        return tagged(editing.replaceContact(slug, ifMatch, changes));
    }

    /**
     * Change some of an area contact's editable fields.
     *
     * A JSON Merge Patch (RFC 7396) of the editable fields (editors only): null clears a field, a list replaces the whole list.
     * If-Match must name the version you edited.
     *
     * @return Changed; ETag names the new version
     */
    @PATCH
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @APIResponseSchema(ContactEdits.Editable.class)
    @AnswerExample(name = "changed", value = ApiExamples.EDITABLE_CONTACT)
    public Response patchContact(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ContactEdits.Changes.class),
                    examples = @ExampleObject(name = "new-phone", value = "{\"phone\":\"0161 234 5678\"}"))) @NotNull JsonNode patch) {
        return tagged(editing.patchContact(slug, ifMatch, patch));
    }

    /**
     * Delete an area contact.
     *
     * A soft delete (editors only): hidden from every public read, kept for restoring and recorded in the audit trail. If-Match
     * must name the current version.
     *
     * @return Deleted
     */
    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "204")
    public Response deleteContact(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editing.deleteContact(slug, ifMatch);
        return Response.noContent().build();
    }

    /**
     * Restore a deleted area contact.
     *
     * Brings a deleted contact back (editors only), with the links it had to areas and initiatives. If-Match must name the
     * deleted version (GET …/editable gives it).
     *
     * @return Restored
     */
    @POST
    @Path("/{slug}/restore")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(value = ContactEdits.Editable.class, responseCode = "200")
    @AnswerExample(name = "restored", value = ApiExamples.EDITABLE_CONTACT)
    @APIResponse(responseCode = "409", description = "The contact is not deleted")
    public Response restoreContact(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(editing.restoreContact(slug, ifMatch));
    }

    private static Response tagged(ContactEdits.Editable e) {
        return IfMatch.tagged(e, e.version());
    }
}
