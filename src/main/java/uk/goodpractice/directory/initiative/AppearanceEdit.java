package uk.goodpractice.directory.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.content.Figure;
import uk.goodpractice.directory.content.Link;
import uk.goodpractice.directory.content.Reference;
import uk.goodpractice.directory.content.Section;
import uk.goodpractice.directory.content.StoredSize;

/** An initiative's text in one edition, as an editor sends it: what {@link Appearance#create} and {@link Appearance#write} take. */
@Schema(name = "AppearanceEdit", description = "The initiative as one edition presents it. The edition identifies it: one per edition.")
public record AppearanceEdit(
        @Schema(example = "good-practice-guide-edition-4", required = true) @NotBlank @Size(max = 120) String edition,
        @Schema(example = "Lifelong Links – Family Rights Group", required = true) @NotBlank @Size(max = 400) String title,
        @Schema(description = "The matrix column header, where it differs from the title", example = "Lifelong Links") @Size(max = 400) String matrixTitle,
        @Size(max = 2000) String summary,
        @Schema(description = "Slug of the edition's theme or section it is printed under", example = "social-work-methodology") @Size(max = 160) String theme,
        @Schema(description = "Where the edition prints it: slide, page or section (the citation's location); for a new entry defaults to \"Entry n\"", example = "Slide 6")
        @Size(max = 500) String location,
        @Schema(required = true) @NotNull @Size(max = 100) @StoredSize(max = Appearance.SECTIONS_LENGTH) List<@NotNull @Valid Section> sections,
        @Schema(required = true) @NotNull @Size(max = 100) @StoredSize(max = Appearance.LINKS_LENGTH) List<@NotNull @Valid Link> links,
        @Schema(required = true) @NotNull @Size(max = 100) @StoredSize(max = Appearance.FIGURES_LENGTH) List<@NotNull @Valid Figure> figures,
        @Schema(required = true) @NotNull @Size(max = 200) @StoredSize(max = Appearance.REFERENCES_LENGTH) List<@NotNull @Valid Reference> references) {

    /** The appearance as its initiative's edit carries it. */
    public static AppearanceEdit of(Appearance a) {
        return new AppearanceEdit(a.edition.slug, a.title, a.matrixTitle, a.summary, a.theme == null ? null : a.theme.slug,
                a.citation, a.sections, a.links, a.figures, a.references);
    }
}
