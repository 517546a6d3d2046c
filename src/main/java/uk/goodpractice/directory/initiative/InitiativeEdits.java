package uk.goodpractice.directory.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.Slugs;

/** Write shapes for initiatives. */
public final class InitiativeEdits {

    private InitiativeEdits() {
    }

    @Schema(name = "NewInitiative", description = "A new initiative; it starts as a draft")
    public record NewInitiative(
            @Schema(example = "kinship-reach-programme", required = true) @NotBlank @Size(max = 160)
            @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens") String slug,
            @Schema(example = "Kinship Reach Programme", required = true) @NotBlank @Size(max = 400) String title,
            @Schema(example = "Support for kinship carers") @Size(max = 2000) String summary) {
    }

    @Schema(name = "InitiativeChanges", description = "The editable fields of an initiative, whole (PUT) or as a JSON Merge Patch (PATCH)")
    public record Changes(
            @Schema(example = "Lifelong Links – Family Rights Group", required = true) @NotBlank @Size(max = 400) String title,
            @Schema(example = "Helping young people in care keep the people who matter to them") @Size(max = 2000) String summary,
            @Schema(required = true) @NotNull PublicationStatus status) {

        static Changes of(Initiative i) {
            return new Changes(i.title, i.summary, i.status);
        }
    }

    @Schema(name = "EditableInitiative", description = "An initiative's editable fields and version, as a write returns them")
    public record Editable(
            @Schema(example = "lifelong-links", required = true) String slug,
            @Schema(required = true) String title,
            String summary,
            @Schema(required = true) PublicationStatus status,
            @Schema(description = "Set while the initiative is deleted (restorable)") java.time.OffsetDateTime deletedAt,
            @Schema(example = "1", required = true) long version) {

        static Editable of(Initiative i) {
            return new Editable(i.slug, i.title, i.summary, i.status, i.deletedAt, i.version);
        }

        /** The ETag of this version: If-Match must name it to change the initiative. */
        public String etag() {
            return uk.goodpractice.directory.common.IfMatch.etag(version);
        }
    }
}
