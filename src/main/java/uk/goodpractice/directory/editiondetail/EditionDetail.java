package uk.goodpractice.directory.editiondetail;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.UpdatedAt;
import uk.goodpractice.directory.content.Section;
import uk.goodpractice.directory.edition.ThemeRef;
import uk.goodpractice.directory.initiative.InitiativeRef;

/**
 * An edition's page: the edition with its themes and what refers to it (the initiatives it presents,
 * the items it announces), composed above the features that refer to editions.
 */
@Schema(name = "EditionDetail")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditionDetail(
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

    public EditionDetail withUpdatedAt(OffsetDateTime at) {
        return new EditionDetail(slug, title, subtitle, series, label, publicationDate, publisher, theme, sourceFile, status, publishedAt,
                initiativeCount, upcomingCount, hasMatrix, introduction, suggestionsContact, themes, initiatives, upcoming, version, at);
    }

    public EditionDetail withVersion(long v) {
        return new EditionDetail(slug, title, subtitle, series, label, publicationDate, publisher, theme, sourceFile, status, publishedAt,
                initiativeCount, upcomingCount, hasMatrix, introduction, suggestionsContact, themes, initiatives, upcoming, v, updatedAt);
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
