package uk.goodpractice.directory.common;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code updatedSince} filter every public list takes, for mirrors (see {@link UpdatedAt}). */
public class UpdatedSince {

    @QueryParam("updatedSince")
    @Parameter(description = UpdatedAt.SINCE_DESCRIPTION, example = "2026-11-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    /** The instant asked for, or {@code null} for none; a 400 problem where it is not an RFC 3339 date-time. */
    public OffsetDateTime since() {
        return UpdatedAt.parse("updatedSince", updatedSince);
    }
}
