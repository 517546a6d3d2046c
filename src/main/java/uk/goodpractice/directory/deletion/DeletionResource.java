package uk.goodpractice.directory.deletion;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.ProblemDetail;
import uk.goodpractice.directory.common.UpdatedSince;

@Path("/v1/deletions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deletions", description = "For mirrors: what has been deleted since a time")
class DeletionResource {

    private final DeletionService service;

    DeletionResource(DeletionService service) {
        this.service = service;
    }

    /**
     * List deletions.
     *
     * Published initiatives, area contacts and areas that editors have deleted, and published initiatives they have unpublished
     * (set back to draft), oldest first. A mirror asks with `since` set to the time of its last sync and removes what is listed.
     * Deleted records are kept and may be restored; a restored record reappears in the ordinary lists.
     *
     * @return A page of deletions
     */
    @GET
    @APIResponseSchema(DeletionView[].class)
    @AnswerExample(name = "one", value = ApiExamples.DELETION_PAGE)
    @APIResponse(responseCode = "400", description = "since, page or pageSize is invalid",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "bad-page", value = ApiExamples.INVALID_PARAMETER)))
    public Response listDeletions(
            @QueryParam("since") @Parameter(description = "Only deletions at or after this ISO 8601 date-time", example = "2026-11-01T00:00:00Z") String since,
            @Valid @BeanParam UpdatedSince updatedSince,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        // `updatedSince` names the same thing the lists' does, so a mirror passes one name everywhere; both given, both hold
        OffsetDateTime from = parse(since);
        OffsetDateTime updated = updatedSince.since();
        OffsetDateTime effective = from == null ? updated : updated == null || from.isAfter(updated) ? from : updated;
        return PageLinks.ok(service.listDeletions(effective, paging.toPageRequest()), uri);
    }

    private static OffsetDateTime parse(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw new ApiException.InvalidParameter("since", "must be an ISO 8601 date-time with an offset, e.g. 2026-11-01T00:00:00Z");
        }
    }
}
