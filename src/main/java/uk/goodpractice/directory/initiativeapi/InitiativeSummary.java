package uk.goodpractice.directory.initiativeapi;

import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.common.UpdatedAt;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import uk.goodpractice.directory.edition.Edition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.area.AreaRef;
import uk.goodpractice.directory.delaydriver.DriverMapping;
import uk.goodpractice.directory.delaydriver.DriverRef;
import uk.goodpractice.directory.edition.EditionRef;
import uk.goodpractice.directory.organisation.OrganisationRef;

/** An initiative as a list shows it. */
@Schema(name = "InitiativeSummary")
public record InitiativeSummary(
        @Schema(example = "lifelong-links", required = true) String slug,
        @Schema(example = "Lifelong Links – Family Rights Group", required = true) String title,
        @Schema(description = "The one-line summary the source prints, where it prints one") String summary,
        OrganisationRef leadOrganisation,
        @Schema(required = true) List<AreaRef> areas,
        @Schema(description = "The editions that present it, oldest first", required = true) List<EditionRef> editions,
        @Schema(description = "Delay drivers it is mapped to in any edition (printed or editorial), in matrix order", required = true) List<DriverRef> delayDrivers,
        @Schema(description = UpdatedAt.DESCRIPTION, required = true) OffsetDateTime updatedAt,
        @Schema(description = "Only in answers to a search (`q`): where it matched") SearchHighlights highlights) {

    public InitiativeSummary withUpdatedAt(OffsetDateTime at) {
        return new InitiativeSummary(slug, title, summary, leadOrganisation, areas, editions, delayDrivers, at, highlights);
    }

    /**
     * The initiative as whoever asks may see it: only the editions {@code visible} accepts, the live
     * mappings (of its {@code mappings}) in those editions and the live areas, so that no draft shows in a public list.
     */
    public static InitiativeSummary from(Initiative i, List<DriverMapping> mappings, Predicate<Edition> visible) {
        return new InitiativeSummary(i.slug, i.title, i.summary,
                OrganisationRef.from(i.leadOrganisation),
                i.areas.stream().filter(a -> a.deletedAt == null).map(AreaRef::from).toList(),
                i.appearances.stream().map(a -> a.edition).filter(visible).sorted(Comparator.comparingInt(e -> e.position))
                        .map(EditionRef::from).toList(),
                mappings.stream().filter(m -> m.deletedAt == null && visible.test(m.edition)).map(m -> m.driver).distinct()
                        .sorted(Comparator.comparingInt(d -> d.position)).map(DriverRef::from).toList(),
                i.updatedAt, null);
    }
}
