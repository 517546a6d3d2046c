package uk.goodpractice.directory.common;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.List;

/**
 * The {@code status} filter of lists that hold drafts. The public sees published content only;
 * editors may ask for drafts too.
 */
public class StatusFilter {

    @QueryParam("status")
    @DefaultValue("PUBLISHED")
    @Parameter(description = "`PUBLISHED` (default), or for signed-in editors `DRAFT` (drafts only) or `ANY` (both). Deleted records never appear.",
            example = "PUBLISHED", schema = @Schema(enumeration = {"PUBLISHED", "DRAFT", "ANY"}, defaultValue = "PUBLISHED"))
    @Pattern(regexp = "PUBLISHED|DRAFT|ANY", message = "must be one of: PUBLISHED, DRAFT, ANY")
    public String status;

    /** The statuses to list, after checking that whoever asks may see drafts. */
    public List<PublicationStatus> statuses(SecurityIdentity identity) {
        String s = status == null ? "PUBLISHED" : status;
        if (!s.equals("PUBLISHED")) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            if (!identity.hasRole(Roles.EDITOR)) {
                throw new ForbiddenException();
            }
        }
        return switch (s) {
            case "DRAFT" -> List.of(PublicationStatus.DRAFT);
            case "ANY" -> List.of(PublicationStatus.DRAFT, PublicationStatus.PUBLISHED);
            default -> List.of(PublicationStatus.PUBLISHED);
        };
    }
}
