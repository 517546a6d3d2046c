package uk.goodpractice.directory.suggestion;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.goodpractice.directory.common.Roles;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.ProblemDetail;

@Path("/v1/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions", description = "Anyone can suggest an initiative; editors accept or decline", extensions = {
        @Extension(name = OpenApiConventions.PATH_PARAMETERS, value = """
                {"id": {"description": "The suggestion's id", "example": "1b4e28ba-2fa1-11d2-883f-0016d3cca427"}}""")})
class SuggestionResource {

    private final SuggestionService service;

    SuggestionResource(SuggestionService service) {
        this.service = service;
    }

    /**
     * Suggest an initiative.
     *
     * Public. Plain text only (HTML or script is refused); a few suggestions per hour per client address, then 429 with
     * Retry-After.
     *
     * @return Received
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = SuggestionViews.Receipt.class, responseCode = "201")
    @AnswerExample(name = "received", value = ApiExamples.SUGGESTION_RECEIPT)
    @APIResponse(responseCode = "400", description = "A field is invalid (each named by a JSON Pointer), or the body is not the expected JSON",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_BODY)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unsupported", value = ApiExamples.UNSUPPORTED_MEDIA_TYPE)))
    @APIResponse(responseCode = "429", description = "Too many suggestions from this client; Retry-After gives the seconds to wait",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "too-many", value = ApiExamples.TOO_MANY_REQUESTS)))
    public Response submitSuggestion(@Valid @NotNull SuggestionViews.NewSuggestion request, @Context HttpServerRequest http,
            @Context UriInfo uri) {
        SuggestionViews.Receipt receipt = service.submitSuggestion(request, http.remoteAddress().hostAddress());
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.id()).build()).entity(receipt).build();
    }

    /**
     * List suggestions.
     *
     * Newest first, optionally by status or by the initiative one became (editors only).
     *
     * @return A page of suggestions
     */
    @GET
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(SuggestionViews.View[].class)
    @AnswerExample(name = "new", value = ApiExamples.SUGGESTION_PAGE)
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    public Response listSuggestions(
            @QueryParam("status") @Parameter(description = "NEW, ACCEPTED or DECLINED", example = "NEW",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(enumeration = {"NEW", "ACCEPTED", "DECLINED"}))
            @Pattern(regexp = "NEW|ACCEPTED|DECLINED", message = "must be NEW, ACCEPTED or DECLINED") String status,
            @QueryParam("initiative") @Parameter(description = "Only the suggestion accepted as this draft initiative (its slug): where its suggester's links are kept",
                    example = "kinship-peer-support") @Size(max = 160) String initiative,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.listSuggestions(status == null ? null : Suggestion.Status.valueOf(status), initiative, paging.toPageRequest()), uri);
    }

    /**
     * Get one suggestion.
     *
     * Editors only.
     *
     * @return The suggestion
     */
    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(SuggestionViews.View.class)
    @AnswerExample(name = "accepted", value = ApiExamples.SUGGESTION)
    @APIResponse(responseCode = "404", description = "No suggestion has this id")
    public SuggestionViews.View getSuggestion(@PathParam("id") String id) {
        return service.findSuggestion(id);
    }

    /**
     * Accept a suggestion.
     *
     * Creates a draft initiative pre-filled from it (editors only).
     *
     * @return Accepted; initiativeSlug names the new draft
     */
    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.EDITOR)
    @APIResponseSchema(value = SuggestionViews.View.class, responseCode = "200")
    @AnswerExample(name = "accepted", value = ApiExamples.SUGGESTION)
    @APIResponse(responseCode = "404", description = "No suggestion has this id")
    @APIResponse(responseCode = "409", description = "Already accepted or declined")
    public SuggestionViews.View acceptSuggestion(@PathParam("id") String id) {
        return service.acceptSuggestion(id);
    }

    /**
     * Decline a suggestion.
     *
     * Records the reason (editors only).
     *
     * @return Declined
     */
    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = SuggestionViews.View.class, responseCode = "200")
    @AnswerExample(name = "declined", value = ApiExamples.SUGGESTION)
    @APIResponse(responseCode = "404", description = "No suggestion has this id")
    @APIResponse(responseCode = "409", description = "Already accepted or declined")
    public SuggestionViews.View declineSuggestion(@PathParam("id") String id,
            @Valid @NotNull SuggestionViews.Decline decline) {
        return service.declineSuggestion(id, decline.reason());
    }
}
