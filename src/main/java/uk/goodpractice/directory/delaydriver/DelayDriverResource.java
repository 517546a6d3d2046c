package uk.goodpractice.directory.delaydriver;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.ProblemDetail;
import java.time.OffsetDateTime;
import uk.goodpractice.directory.common.PublicLists;
import uk.goodpractice.directory.common.UpdatedSince;

@Path("/v1/delay-drivers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delay drivers", description = "The ten key drivers of delay of the DFJ Trailblazer pilot", extensions = {
        @Extension(name = OpenApiConventions.PATH_PARAMETERS, value = """
                {"slug": {"description": "The driver's slug", "example": "court-capacity"},
                 "id": {"description": "The mapping's id", "example": 42}}""")})
class DelayDriverResource {

    private final DelayDriverService service;

    private final PublicLists publicLists;

    DelayDriverResource(DelayDriverService service, PublicLists publicLists) {
        this.publicLists = publicLists;
        this.service = service;
    }

    /**
     * List the delay drivers.
     *
     * The ten drivers in the guides' matrix order, each with its matrix label, the shorter slide label, a description and how
     * many initiatives map to it.
     *
     * @return A page of delay drivers
     */
    @GET
    @APIResponseSchema(DelayDriverViews.Summary[].class)
    @AnswerExample(name = "drivers", value = ApiExamples.DRIVER_PAGE)
    @APIResponse(responseCode = "400", description = "page or pageSize is invalid",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "bad-page-size", value = ApiExamples.INVALID_PARAMETER)))
    public Response listDelayDrivers(@Valid @BeanParam UpdatedSince updatedSince,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        OffsetDateTime since = updatedSince.since();
        PublicLists.Answer published = publicLists.list("delay-drivers", uri.getQueryParameters());
        if (published != null) {
            return published.toResponse(uri);
        }
        return PageLinks.ok(service.listDelayDrivers(since, paging.toPageRequest()), uri);
    }

    /**
     * Get one delay driver with its initiatives per edition.
     *
     * The driver and, for each edition, the initiatives mapped to it in printed order, with each mapping's provenance.
     *
     * @return The delay driver
     */
    @GET
    @Path("/{slug}")
    @APIResponseSchema(DelayDriverViews.Detail.class)
    @AnswerExample(name = "court-capacity", value = ApiExamples.DRIVER)
    @APIResponse(responseCode = "404", description = "No delay driver has this slug")
    public Response getDelayDriver(@PathParam("slug") String slug) {
        // the snapshot's bytes where it has them, so a HEAD or a signed-in reader sees the same updatedAt as a public GET
        PublicLists.Answer published = publicLists.detail("delay-drivers/" + slug);
        return published != null ? published.toDetailResponse() : Response.ok(service.findDelayDriverBySlug(slug)).build();
    }
}
