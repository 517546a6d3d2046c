package uk.goodpractice.directory.edition;

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

@Path("/v1/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions", description = "The publications that present initiatives")
public class EditionResource {

    private final EditionService service;

    public EditionResource(EditionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the editions", description = "Every published edition, oldest first, with how many initiatives it presents and whether it prints a delay-driver matrix.")
    @APIResponse(responseCode = "200", description = "A page of editions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionViews.Page.class),
                    examples = @ExampleObject(name = "editions", value = ApiExamples.EDITION_PAGE)))
    @APIResponse(responseCode = "400", description = "page or pageSize is invalid",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "bad-page", value = ApiExamples.INVALID_PARAMETER)))
    public Response listEditions(@Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.listEditions(paging.toPageRequest()), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one edition", description = "The edition with its introduction, suggestions contact, themes, initiatives in printed order and the items it announces.")
    @APIResponse(responseCode = "200", description = "The edition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionViews.Detail.class),
                    examples = @ExampleObject(name = "quarter-2", value = ApiExamples.EDITION)))
    @APIResponse(responseCode = "404", description = "No published edition has this slug",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public EditionViews.Detail getEdition(
            @Parameter(description = "The edition's slug", example = "good-practice-guide-2024-25-q2") @PathParam("slug") String slug) {
        return service.findEditionBySlug(slug);
    }

    @GET
    @Path("/{slug}/matrix")
    @Operation(summary = "Get an edition's delay-driver matrix", description = "Drivers × initiatives exactly as printed, in printed order. Only printed ticks appear here; editorial mappings never do.")
    @APIResponse(responseCode = "200", description = "The matrix",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionViews.Matrix.class),
                    examples = @ExampleObject(name = "edition-4", value = ApiExamples.MATRIX)))
    @APIResponse(responseCode = "404", description = "No published edition has this slug, or the edition prints no matrix",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public EditionViews.Matrix getMatrix(
            @Parameter(description = "The edition's slug", example = "good-practice-guide-edition-4") @PathParam("slug") String slug) {
        return service.findMatrixByEditionSlug(slug);
    }
}
