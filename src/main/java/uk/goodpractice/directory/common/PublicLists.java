package uk.goodpractice.directory.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * Public list answers as the published snapshot gives them, for a resource that is asked for
 * published records only by a signed-in reader (whose request the snapshot's route leaves to the
 * REST layer): so ranking, highlights and facet counts have one source whoever asks. Implemented by
 * the published read model; {@code common} knows only this shape.
 */
public interface PublicLists {

    /** A list answer: its JSON, the strong tag of those bytes, and its paging for the Link header. */
    record Answer(byte[] json, String etag, Paged.Paging paging) {

        /** A detail answer: its bytes, tagged by {@link HttpCaching} as every read is (a signed-in reader's tag is private). */
        public Response toDetailResponse() {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
        }

        /** A list answer, tagged by {@link HttpCaching} (a signed-in reader's tag is private, never a public one). */
        public Response toResponse(UriInfo uri) {
            Response.ResponseBuilder ok = Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
            return paging == null ? ok.build() : ok.header("Link", PageLinks.header(uri.getRequestUri(), paging)).build();
        }
    }

    /**
     * The answer to {@code GET /api/v1/{path}} with {@code params}, or {@code null} where the snapshot
     * declines (a bad or unknown parameter or value: the resource then gives the error).
     */
    Answer list(String path, Map<String, List<String>> params);

    /**
     * The public body at {@code GET /api/v1/{path}} (a detail, no parameters), or {@code null} where the
     * snapshot has none: so a HEAD, or a signed-in reader who is not editing, gets the very bytes (and
     * updatedAt) an anonymous GET gets.
     */
    Answer detail(String path);
}
