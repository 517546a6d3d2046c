package uk.goodpractice.directory.audit;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** API shapes of the audit trail. */
final class AuditViews {

    private AuditViews() {
    }

    @Schema(name = "AuditEntry")
    public record Entry(@Schema(required = true) long id,
            @Schema(required = true) OffsetDateTime at,
            @Schema(example = "a.editor", required = true) String actor,
            @Schema(example = "UPDATE", required = true) String action,
            @Schema(example = "initiative", required = true) String entityType,
            @Schema(example = "lifelong-links", required = true) String entitySlug,
            @Schema(description = "The record before the change (absent for a create)") Map<String, Object> before,
            @Schema(description = "The record after the change") Map<String, Object> after) {
    }

    /** Filters for the audit trail. */
    public static class Filter {
        @QueryParam("entityType")
        @Parameter(description = "Kind of record changed", example = "initiative",
                schema = @Schema(enumeration = {"initiative", "edition", "contact", "area", "driver-mapping", "account", "suggestion"}))
        @Pattern(regexp = "initiative|edition|contact|area|driver-mapping|account|suggestion",
                message = "must be initiative, edition, contact, area, driver-mapping, account or suggestion")
        public String entityType;

        @QueryParam("slug")
        @Parameter(description = "Slug of the record changed (the id, for a driver mapping)", example = "lifelong-links")
        public String slug;

        @QueryParam("actor")
        @Parameter(description = "Username of who made the change", example = "a.editor")
        public String actor;
    }
}
