package uk.goodpractice.directory.common;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;

/**
 * Optimistic concurrency over HTTP: a change names the version it was made against in If-Match,
 * and the ETag of a record is {@code "v<version>"} of its JPA {@code @Version}.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"" + tag(version).getValue() + "\"";
    }

    private static EntityTag tag(long version) {
        return new EntityTag("v" + version);
    }

    /** A record's answer, with the ETag that names its version: the one a change sends back in If-Match. */
    public static Response tagged(Object body, long version) {
        return Response.ok(body).tag(tag(version)).build();
    }

    /** A record just created: 201, Location naming it under the address it was posted to, and the ETag of its first version. */
    public static Response created(UriInfo uri, String slug, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(slug).build()).tag(tag(version)).entity(body).build();
    }

    /**
     * 428 without If-Match, 412 (naming the current ETag) when it names none of the current version. As RFC 9110
     * says, {@code *} matches whatever version is current, and a list matches when any of its tags does.
     */
    public static void require(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException.PreconditionRequired();
        }
        String current = etag(version);
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current) || tag.equals("W/" + current));
        if (!matches) {
            throw new ApiException.PreconditionFailed(current);
        }
    }

    /**
     * Writes now, inside the transaction. A version that moved since it was read (this record's,
     * or one the write touches, such as its edition's) fails here with an optimistic-lock error,
     * which {@link RaceRetry} answers by running the write again: its If-Match check then gives a
     * 412 with the current ETag if this record changed, and succeeds if only a neighbour did.
     */
    public static void flush(EntityManager em) {
        em.flush();
    }
}
