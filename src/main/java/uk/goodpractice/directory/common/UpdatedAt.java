package uk.goodpractice.directory.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.DateTimeException;

/**
 * What {@code updatedAt} means in a public answer, and the one way {@code updatedSince} is read.
 * A public answer's updatedAt is when what it shows last changed, whatever changed it: its own
 * record or a record it embeds (an edition's label, a contact, an area's name, a count). The
 * published snapshot computes it (package {@code published}); an editor's view of a draft shows its
 * record's own last edit.
 */
public final class UpdatedAt {

    public static final String DESCRIPTION = "When this answer last changed, whatever changed it: this record or any record it shows "
            + "(for example an edition's label, a contact, an area's name or a count). A mirror asks for changes with `updatedSince`.";

    /** Its sibling stamp: a public answer's version moves with what the public sees, as its updatedAt does. */
    public static final String VERSION_DESCRIPTION = "The record's version when what this answer shows of it last changed. "
            + "Anonymous readers see the version at which the public view of the record last changed, so an edit that only a draft "
            + "shows does not move it; signed-in editors see the record's current version, the one If-Match names (as `\"v\"` + version).";

    public static final String SINCE_DESCRIPTION = "Only records whose `updatedAt` is at or after this RFC 3339 date-time (with an offset). "
            + "A mirror passes the `asOf` of the dump or of its last sync; see the README's mirror protocol.";

    private UpdatedAt() {
    }

    /** {@code value} as an instant in UTC, or {@code null} where none is given; a 400 naming {@code parameter} where it is malformed. */
    public static OffsetDateTime parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(value.trim()).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) { // DateTimeParseException too
            at = null;
        }
        // RFC 3339 years have four digits; a database cannot compare anything wider
        if (at == null || at.getYear() < 1 || at.getYear() > 9999) {
            throw new ApiException.InvalidParameter(parameter, "must be an RFC 3339 date-time with an offset, e.g. 2026-11-01T00:00:00Z");
        }
        return at;
    }

    /** A time as answers show it: UTC, to the microsecond (what both databases keep). */
    public static OffsetDateTime normalise(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
