package uk.goodpractice.directory.initiativeapi;

import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.UpdatedAt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.area.AreaRef;
import uk.goodpractice.directory.delaydriver.DriverRef;
import uk.goodpractice.directory.edition.EditionRef;
import uk.goodpractice.directory.organisation.OrganisationRef;
import uk.goodpractice.directory.edition.ThemeRef;
import uk.goodpractice.directory.content.Figure;
import uk.goodpractice.directory.content.Link;
import uk.goodpractice.directory.content.Reference;
import uk.goodpractice.directory.content.Section;
import uk.goodpractice.directory.contact.ContactView;
import uk.goodpractice.directory.delaydriver.DriverMapping;
import uk.goodpractice.directory.delaydriver.MappingProvenance;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.initiative.UpcomingItem;
import uk.goodpractice.directory.initiative.Appearance;
import uk.goodpractice.directory.initiative.Initiative;
import java.util.function.Predicate;

/**
 * The whole record of an initiative: its own fields, and what refers to it (its contacts, driver
 * mappings and announcements), composed above the features that refer to initiatives.
 */
@Schema(name = "InitiativeDetail")
public record InitiativeDetail(
        @Schema(example = "lifelong-links", required = true) String slug,
        @Schema(example = "Lifelong Links – Family Rights Group", required = true) String title,
        String summary,
        @Schema(required = true) PublicationStatus status,
        OrganisationRef leadOrganisation,
        @Schema(description = "Partner organisations, as printed", required = true) List<OrganisationRef> partners,
        @Schema(required = true) List<AreaRef> areas,
        @Schema(description = "Each edition that presents it, with that edition's own text and citation, oldest first", required = true) List<AppearanceView> appearances,
        @Schema(description = "Editions that announce it as upcoming content", required = true) List<Announcement> announcedIn,
        @Schema(description = "Driver mappings per edition, printed matrix ticks told apart from editorial judgement", required = true) List<Mapping> delayDrivers,
        @Schema(required = true) List<ContactView> contacts,
        @Schema(description = UpdatedAt.VERSION_DESCRIPTION, example = "0", required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(description = UpdatedAt.DESCRIPTION, required = true) OffsetDateTime updatedAt) {

    public InitiativeDetail withUpdatedAt(OffsetDateTime at) {
        return new InitiativeDetail(slug, title, summary, status, leadOrganisation, partners, areas, appearances, announcedIn, delayDrivers,
                contacts, version, createdAt, at);
    }

    public InitiativeDetail withVersion(long v) {
        return new InitiativeDetail(slug, title, summary, status, leadOrganisation, partners, areas, appearances, announcedIn, delayDrivers,
                contacts, v, createdAt, updatedAt);
    }

    /** The ETag of this version, the one PUT, PATCH and DELETE must name in If-Match. */
    public String etag() {
        return IfMatch.etag(version);
    }

    @Schema(name = "Appearance")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AppearanceView(
            @Schema(required = true) EditionRef edition,
            @Schema(description = "Printed order within the edition, from 1", example = "6", required = true) int position,
            @Schema(description = "The heading as this edition prints it", required = true) String title,
            @Schema(description = "The matrix column header, where the edition prints a matrix") String matrixTitle,
            String summary,
            ThemeRef theme,
            ThemeRef section,
            @Schema(required = true) Citation citation,
            @Schema(required = true) List<Section> sections,
            @Schema(required = true) List<Link> links,
            @Schema(required = true) List<Figure> figures,
            @Schema(required = true) List<Reference> references) {

        static AppearanceView from(Appearance a) {
            ThemeRef theme = a.theme == null ? null : ThemeRef.from(a.theme.parent == null ? a.theme : a.theme.parent);
            ThemeRef section = a.theme == null || a.theme.parent == null ? null : ThemeRef.from(a.theme);
            return new AppearanceView(EditionRef.from(a.edition), a.position, a.title, a.matrixTitle, a.summary, theme, section,
                    Citation.of(a.edition, a.citation), a.sections, a.links, a.figures, a.references);
        }
    }

    @Schema(name = "Citation", description = "Where in which source document this text is printed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Citation(
            @Schema(example = "Good Practice Guide — Quarter 2: 2024/25", required = true) String document,
            @Schema(description = "Slide, page(s) or section", example = "Slide 6", required = true) String location,
            @Schema(description = "The seed text file the data was taken from", example = "000_eba4ad8c6e47cf7c.txt") String sourceFile,
            @Schema(description = "A ready-to-copy citation", example = "Good Practice Guide, Quarter 2: 2024/25. Slide 6.", required = true) String text) {

        static Citation of(Edition e, String location) {
            String doc = e.title + " — " + e.label;
            String text = e.title + (e.subtitle == null ? "" : ": " + e.subtitle) + ", " + e.label
                    + (e.publicationDate == null || e.label.contains(e.publicationDate.substring(0, 4)) ? "" : " (" + e.publicationDate + ")")
                    + (e.publisher == null ? "" : ". " + e.publisher) + ". " + location + ".";
            return new Citation(doc, location, e.sourceFile, text);
        }
    }

    @Schema(name = "Announcement")
    public record Announcement(@Schema(required = true) EditionRef edition,
            @Schema(example = "Family Drug and Alcohol Court", required = true) String title,
            @Schema(required = true) String text) {
        static Announcement from(UpcomingItem u) {
            return new Announcement(EditionRef.from(u.edition), u.title, u.text);
        }
    }

    @Schema(name = "DriverMappingView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mapping(@Schema(required = true) DriverRef driver,
            @Schema(required = true) EditionRef edition,
            @Schema(required = true) MappingProvenance provenance,
            @Schema(description = "Why an editor made an editorial mapping") String rationale) {
        static Mapping from(DriverMapping m) {
            return new Mapping(DriverRef.from(m.driver), EditionRef.from(m.edition), m.provenance, m.rationale);
        }
    }

    /** The record as whoever asks may see it: only the appearances and mappings (of {@code mappings}) of editions {@code visible} accepts. */
    public static InitiativeDetail from(Initiative i, List<UpcomingItem> announcements, List<ContactView> contacts,
            List<DriverMapping> mappings, Predicate<Edition> visible) {
        return new InitiativeDetail(i.slug, i.title, i.summary, i.status, OrganisationRef.from(i.leadOrganisation),
                i.partners.stream().map(OrganisationRef::from).toList(),
                i.areas.stream().filter(a -> a.deletedAt == null).map(AreaRef::from).toList(),
                i.appearances.stream().filter(a -> visible.test(a.edition))
                        .sorted(Comparator.comparingInt(a -> a.edition.position)).map(AppearanceView::from).toList(),
                announcements.stream().map(Announcement::from).toList(),
                mappings.stream().filter(m -> m.deletedAt == null && visible.test(m.edition))
                        .sorted(Comparator.<DriverMapping>comparingInt(m -> m.edition.position).thenComparingInt(m -> m.driver.position))
                        .map(Mapping::from).toList(),
                contacts, i.version, i.createdAt, i.updatedAt);
    }
}
