package uk.goodpractice.directory.delaydriver;

import java.time.OffsetDateTime;
import uk.goodpractice.directory.common.UpdatedAt;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.edition.EditionRef;

/** API shapes of the delay drivers. */
public final class DelayDriverViews {

    private DelayDriverViews() {
    }

    @Schema(name = "DelayDriverSummary")
    public record Summary(
            @Schema(example = "late-family-presentation", required = true) String slug,
            @Schema(description = "As printed in the guides' matrices", example = "Late presentation of family members", required = true) String label,
            @Schema(description = "As printed on the guides' initiative slides", example = "Late family presentation", required = true) String shortLabel,
            @Schema(description = "An editorial plain-English gloss of the label") String description,
            @Schema(description = "Matrix order, from 1", example = "1", required = true) int position,
            @Schema(description = "Published initiatives mapped to it in any edition, printed or editorial", example = "8", required = true) long initiativeCount,
            @Schema(description = UpdatedAt.DESCRIPTION, required = true) OffsetDateTime updatedAt) {
        static Summary from(DelayDriver d, long count) {
            return new Summary(d.slug, d.label, d.shortLabel, d.description, d.position, count, d.updatedAt);
        }

        public Summary withUpdatedAt(OffsetDateTime at) {
            return new Summary(slug, label, shortLabel, description, position, initiativeCount, at);
        }
    }

    @Schema(name = "DelayDriverDetail")
    public record Detail(
            @Schema(required = true) String slug,
            @Schema(required = true) String label,
            @Schema(required = true) String shortLabel,
            String description,
            @Schema(required = true) int position,
            @Schema(description = "Its initiatives per edition, editions oldest first, initiatives in printed order", required = true) List<EditionGroup> editions,
            @Schema(description = UpdatedAt.DESCRIPTION, required = true) OffsetDateTime updatedAt) {

        public Detail withUpdatedAt(OffsetDateTime at) {
            return new Detail(slug, label, shortLabel, description, position, editions, at);
        }
    }

    @Schema(name = "DelayDriverEditionGroup")
    public record EditionGroup(@Schema(required = true) EditionRef edition, @Schema(required = true) List<MappedInitiative> initiatives) {
    }

    @Schema(name = "MappedInitiative")
    public record MappedInitiative(@Schema(example = "essex-family-hub-model", required = true) String slug,
            @Schema(required = true) String title,
            @Schema(required = true) MappingProvenance provenance,
            String rationale) {
    }
}
