package uk.goodpractice.directory.edition;

import uk.goodpractice.directory.common.UpdatedAt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.common.PublicationStatus;

/** API shapes of the editions. */
public final class EditionViews {

    private EditionViews() {
    }

    @Schema(name = "EditionSummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(
            @Schema(example = "good-practice-guide-edition-4", required = true) String slug,
            @Schema(example = "Good Practice Guide", required = true) String title,
            String subtitle,
            @Schema(example = "DFJ Trailblazer Good Practice Guide", required = true) String series,
            @Schema(description = "The edition label as printed", example = "Edition 4", required = true) String label,
            @Schema(description = "ISO 8601 at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD); absent where it prints none", example = "2024-11") String publicationDate,
            String publisher,
            @Schema(description = "The issue's theme, where it has one") String theme,
            @Schema(description = "DRAFT only in an editor's list", required = true) PublicationStatus status,
            @Schema(description = "Initiatives it presents", example = "7", required = true) long initiativeCount,
            @Schema(description = "Items it announces for a later edition", example = "0", required = true) long upcomingCount,
            @Schema(description = "Whether it prints a delay-driver matrix", required = true) boolean hasMatrix,
            @Schema(description = UpdatedAt.DESCRIPTION + " For an edition this covers its matrix too.", required = true) OffsetDateTime updatedAt) {
        static Summary from(Edition e, Counts c) {
            return new Summary(e.slug, e.title, e.subtitle, e.series, e.label, e.publicationDate, e.publisher, e.theme, e.status,
                    c.initiatives(), c.upcoming(), c.hasMatrix(), e.updatedAt);
        }

        public Summary withUpdatedAt(OffsetDateTime at) {
            return new Summary(slug, title, subtitle, series, label, publicationDate, publisher, theme, status, initiativeCount,
                    upcomingCount, hasMatrix, at);
        }
    }

    record Counts(long initiatives, long upcoming, boolean hasMatrix) {
        static final Counts NONE = new Counts(0, 0, false);
    }
}
