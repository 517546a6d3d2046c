package uk.goodpractice.directory.initiative;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
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

@Path("/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Good-practice initiatives from every edition")
public class InitiativeResource {

    private final InitiativeService service;

    public InitiativeResource(InitiativeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Find initiatives",
            description = "Lists published initiatives, filtered and sorted. Values of one filter are OR-ed, different filters AND-ed. "
                    + "An unknown filter value is a 400, never an empty list. The `Link` header (RFC 8288) gives first, prev, next and last pages.")
    @APIResponse(responseCode = "200", description = "A page of initiatives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InitiativePage.class),
                    examples = @ExampleObject(name = "lifelong-links", value = ApiExamples.INITIATIVE_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid: bad page or pageSize, unknown sort, or a filter value that does not exist",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown-driver", value = ApiExamples.INVALID_PARAMETER)))
    public Response listInitiatives(@Valid @BeanParam InitiativeFilter filter, @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return PageLinks.ok(service.listInitiatives(filter, paging.toPageRequest()), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one initiative",
            description = "The whole record: each edition's own text in source order with its citation, helpful links, contacts, "
                    + "delay-driver mappings per edition (printed matrix ticks told apart from editorial judgement) and announcements.")
    @APIResponse(responseCode = "200", description = "The initiative",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InitiativeDetail.class),
                    examples = @ExampleObject(name = "lancaster-hope-boxes", value = ApiExamples.INITIATIVE)))
    @APIResponse(responseCode = "404", description = "No published initiative has this slug",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public InitiativeDetail getInitiative(
            @Parameter(description = "The initiative's slug", example = "lancaster-hope-boxes") @PathParam("slug") String slug) {
        return service.findInitiativeBySlug(slug);
    }

    /** Names the paged envelope's schema for the OpenAPI document. */
    @Schema(name = "InitiativePage")
    record InitiativePage(@Schema(required = true) List<InitiativeSummary> results, @Schema(required = true) Paged.Paging paging) {
    }
}
