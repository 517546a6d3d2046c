package uk.goodpractice.directory.delaydriver;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.common.IfMatch;

/**
 * Write shapes for driver mappings. Initiative, driver and edition identify a mapping; provenance
 * and rationale are what can change.
 */
final class DriverMappingEdits {

    private DriverMappingEdits() {
    }

    @Schema(name = "NewDriverMapping", description = "A new driver mapping: the initiative addresses the driver, as the edition presents it")
    public record NewMapping(
            @Schema(description = "Slug of the initiative; it must appear in the edition", example = "salford-strengthening-families", required = true)
            @NotBlank String initiative,
            @Schema(description = "Slug of the delay driver", example = "lack-of-information-sharing", required = true) @NotBlank String driver,
            @Schema(description = "Slug of the edition", example = "salford-strengthening-families-handbook", required = true) @NotBlank String edition,
            @Schema(description = "PRINTED_MATRIX for a tick the edition's matrix prints, EDITORIAL for an editor's judgement", required = true)
            @NotNull MappingProvenance provenance,
            @Schema(description = "Why an editor made the mapping; required for EDITORIAL",
                    example = "The handbook explicitly addresses information sharing between agencies.") @Size(max = 2000) String rationale) {

        Changes changes() {
            return new Changes(provenance, rationale);
        }
    }

    @JsonIgnoreProperties({"id", "deletedAt", "version"})
    @Schema(name = "DriverMappingChanges", description = "The editable fields of a driver mapping, whole (PUT) or as a JSON Merge Patch (PATCH). The read-only fields of the editable record (id, deletedAt, version) are accepted and ignored; initiative, driver and edition cannot be changed, and sending them is a 400 rather than silently ignored")
    public record Changes(
            @Schema(description = "PRINTED_MATRIX for a tick the edition's matrix prints, EDITORIAL for an editor's judgement", required = true)
            @NotNull MappingProvenance provenance,
            @Schema(description = "Why an editor made the mapping; required for EDITORIAL",
                    example = "The handbook explicitly addresses information sharing between agencies.") @Size(max = 2000) String rationale) {

        static Changes of(DriverMapping m) {
            return new Changes(m.provenance, m.rationale);
        }
    }

    @Schema(name = "EditableDriverMapping", description = "A driver mapping's fields and version, as editors read and write them")
    public record Editable(
            @Schema(example = "42", required = true) long id,
            @Schema(example = "salford-strengthening-families", required = true) String initiative,
            @Schema(example = "lack-of-information-sharing", required = true) String driver,
            @Schema(example = "salford-strengthening-families-handbook", required = true) String edition,
            @Schema(required = true) MappingProvenance provenance,
            String rationale,
            @Schema(description = "Set while the mapping is deleted (restorable)") OffsetDateTime deletedAt,
            @Schema(example = "0", required = true) long version) {

        static Editable of(DriverMapping m) {
            return new Editable(m.id, m.initiative.slug, m.driver.slug, m.edition.slug, m.provenance, m.rationale, m.deletedAt, m.version);
        }

        /** The ETag of this version: If-Match must name it to change the mapping. */
        public String etag() {
            return IfMatch.etag(version);
        }
    }
}
