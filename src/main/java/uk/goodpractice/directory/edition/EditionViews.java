package uk.goodpractice.directory.edition;

import uk.goodpractice.directory.common.UpdatedAt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.initiative.InitiativeRef;
import uk.goodpractice.directory.content.Section;

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

    @Schema(name = "EditionDetail")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            @Schema(required = true) String slug,
            @Schema(required = true) String title,
            String subtitle,
            @Schema(required = true) String series,
            @Schema(required = true) String label,
            String publicationDate,
            String publisher,
            String theme,
            @Schema(description = "The seed text file the data was taken from", example = "001_13dc5b996c29fc10.txt") String sourceFile,
            @Schema(required = true) PublicationStatus status,
            OffsetDateTime publishedAt,
            @Schema(required = true) long initiativeCount,
            @Schema(required = true) long upcomingCount,
            @Schema(required = true) boolean hasMatrix,
            @Schema(description = "Introduction, purpose and structure, verbatim", required = true) List<Section> introduction,
            @Schema(description = "Who to send suggestions for future editions to") SuggestionsContact suggestionsContact,
            @Schema(description = "Themes and their sections, in printed order", required = true) List<ThemeView> themes,
            @Schema(description = "Its initiatives in printed order", required = true) List<EditionInitiative> initiatives,
            @Schema(description = "Items it announces for a later edition, in printed order", required = true) List<Upcoming> upcoming,
            @Schema(description = UpdatedAt.VERSION_DESCRIPTION, required = true) long version,
            @Schema(description = UpdatedAt.DESCRIPTION + " For an edition this covers its matrix too.", required = true) OffsetDateTime updatedAt) {

        public Detail withUpdatedAt(OffsetDateTime at) {
            return new Detail(slug, title, subtitle, series, label, publicationDate, publisher, theme, sourceFile, status, publishedAt,
                    initiativeCount, upcomingCount, hasMatrix, introduction, suggestionsContact, themes, initiatives, upcoming, version, at);
        }

        public Detail withVersion(long v) {
            return new Detail(slug, title, subtitle, series, label, publicationDate, publisher, theme, sourceFile, status, publishedAt,
                    initiativeCount, upcomingCount, hasMatrix, introduction, suggestionsContact, themes, initiatives, upcoming, v, updatedAt);
        }
    }

    @Schema(name = "SuggestionsContact")
    public record SuggestionsContact(@Schema(required = true) String text, @Schema(example = "yannick.mitchell@mutualventures.co.uk", required = true) String email) {
    }

    @Schema(name = "Theme")
    public record ThemeView(@Schema(example = "rethinking-social-work", required = true) String slug,
            @Schema(example = "Theme 1: Rethinking social work", required = true) String title,
            @Schema(required = true) List<ThemeRef> sections) {
    }

    @Schema(name = "EditionInitiative")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EditionInitiative(@Schema(example = "1", required = true) int position,
            @Schema(example = "pre-case-management-hearing-pilot", required = true) String slug,
            @Schema(description = "The heading as this edition prints it", required = true) String title,
            String matrixTitle,
            String summary,
            ThemeRef theme,
            ThemeRef section,
            @Schema(description = "Slide, page(s) or section", example = "Slide 6", required = true) String citation) {
    }

    @Schema(name = "UpcomingItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Upcoming(@Schema(required = true) int position,
            @Schema(example = "Family Drug and Alcohol Court", required = true) String title,
            @Schema(required = true) String text,
            @Schema(description = "The initiative it is, where the sources make the identity clear") InitiativeRef initiative) {
    }
}
