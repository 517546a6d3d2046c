package uk.goodpractice.directory.area;

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
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.ProblemDetail;

@Path("/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Local authorities, combined authorities, regions, partnerships and the national scope")
public class AreaResource {

    private final AreaService service;

    public AreaResource(AreaService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List areas", description = "Areas by name, filtered by type, parent or name, each with the number of initiatives linked to it.")
    @APIResponse(responseCode = "200", description = "A page of areas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaViews.Page.class),
                    examples = @ExampleObject(name = "salford", value = ApiExamples.AREA_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid: unknown type or parent, bad page or pageSize",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "bad-parameter", value = ApiExamples.INVALID_PARAMETER)))
    public Response listAreas(@Valid @BeanParam AreaFilter filter, @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.listAreas(filter, paging.toPageRequest()), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one area with its initiatives and contacts")
    @APIResponse(responseCode = "200", description = "The area",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaViews.Detail.class),
                    examples = @ExampleObject(name = "salford", value = ApiExamples.AREA)))
    @APIResponse(responseCode = "404", description = "No area has this slug",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public AreaViews.Detail getArea(@Parameter(description = "The area's slug", example = "salford") @PathParam("slug") String slug) {
        return service.findAreaBySlug(slug);
    }
}
