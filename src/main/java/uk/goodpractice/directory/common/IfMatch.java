package uk.goodpractice.directory.common;

import jakarta.persistence.EntityManager;
import java.util.Arrays;

/**
 * Optimistic concurrency over HTTP: a change names the version it was made against in If-Match,
 * and the ETag of a record is {@code "v<version>"} of its JPA {@code @Version}.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"v" + version + "\"";
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
