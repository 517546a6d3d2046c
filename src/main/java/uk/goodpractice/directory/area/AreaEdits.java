package uk.goodpractice.directory.area;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.Slugs;

/** Write shapes for areas. */
final class AreaEdits {

    private AreaEdits() {
    }

    @Schema(name = "NewArea", description = "A new area")
    public record NewArea(
            @Schema(example = "wigan", required = true) @NotBlank @Size(max = 120)
            @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens") String slug,
            @Schema(example = "Wigan Council", required = true) @NotBlank @Size(max = 200) String name,
            @Schema(required = true) @NotNull AreaType type,
            @Schema(description = "Slug of the area it lies within", example = "greater-manchester") String parent) {

        Changes changes() {
            return new Changes(name, type, parent);
        }
    }

    @JsonIgnoreProperties({"slug", "deletedAt", "version"})
    @Schema(name = "AreaChanges", description = "The editable fields of an area, whole (PUT) or as a JSON Merge Patch (PATCH). The read-only fields of the editable record (slug, deletedAt, version) are accepted and ignored, so what GET …/editable returns can be PUT back as it is")
    public record Changes(
            @Schema(example = "Salford City Council", required = true) @NotBlank @Size(max = 200) String name,
            @Schema(required = true) @NotNull AreaType type,
            @Schema(description = "Slug of the area it lies within; absent for none. It may not lie within itself.", example = "greater-manchester")
            String parent) {

        static Changes of(Area a) {
            return new Changes(a.name, a.type, a.parent == null ? null : a.parent.slug);
        }
    }

    @Schema(name = "EditableArea", description = "An area's editable fields and version, as editors read and write them")
    public record Editable(
            @Schema(example = "salford", required = true) String slug,
            @Schema(example = "Salford City Council", required = true) String name,
            @Schema(required = true) AreaType type,
            @Schema(description = "Slug of the area it lies within", example = "greater-manchester") String parent,
            @Schema(description = "Set while the area is deleted (restorable)") OffsetDateTime deletedAt,
            @Schema(example = "1", required = true) long version) {

        static Editable of(Area a) {
            return new Editable(a.slug, a.name, a.type, a.parent == null ? null : a.parent.slug, a.deletedAt, a.version);
        }

        /** The ETag of this version: If-Match must name it to change the area. */
        public String etag() {
            return IfMatch.etag(version);
        }
    }
}
