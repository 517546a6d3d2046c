package uk.goodpractice.directory.contact;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.ProblemDetail;

@Path("/v1/area-contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Area contacts", description = "People and teams published as contacts for initiatives and areas")
public class ContactResource {

    private final ContactService service;

    public ContactResource(ContactService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Find area contacts", description = "Contacts exactly as published (name, role, organisation, email and phone as printed), by name. "
            + "Values of one filter are OR-ed, different filters AND-ed; an unknown filter value is a 400.")
    @APIResponse(responseCode = "200", description = "A page of contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPage.class),
                    examples = @ExampleObject(name = "daybreak", value = ApiExamples.CONTACT_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "bad-parameter", value = ApiExamples.INVALID_PARAMETER)))
    public Response listContacts(@Valid @BeanParam ContactFilter filter, @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.listContacts(filter, paging.toPageRequest()), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one area contact")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "joe-garraway", value = ApiExamples.CONTACT)))
    @APIResponse(responseCode = "404", description = "No contact has this slug",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public ContactView getContact(@Parameter(description = "The contact's slug", example = "joe-garraway") @PathParam("slug") String slug) {
        return service.findContactBySlug(slug);
    }

    @Schema(name = "AreaContactPage")
    record ContactPage(@Schema(required = true) List<ContactView> results, @Schema(required = true) Paged.Paging paging) {
    }
}
