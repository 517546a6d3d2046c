package uk.goodpractice.directory.common;

import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.area.AreaType;
import uk.goodpractice.directory.delaydriver.DelayDriver;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.Theme;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.organisation.Organisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The short forms one resource uses to point at another: a slug to follow plus enough to show.
 */
public final class Refs {

    private Refs() {
    }

    @Schema(name = "AreaRef")
    public record AreaRef(@Schema(example = "salford", required = true) String slug,
            @Schema(example = "Salford City Council", required = true) String name,
            @Schema(required = true) AreaType type) {
        public static AreaRef from(Area a) {
            return a == null ? null : new AreaRef(a.slug, a.name, a.type);
        }
    }

    @Schema(name = "OrganisationRef")
    public record OrganisationRef(@Schema(example = "salford-city-council", required = true) String slug,
            @Schema(example = "Salford City Council", required = true) String name) {
        public static OrganisationRef from(Organisation o) {
            return o == null ? null : new OrganisationRef(o.slug, o.name);
        }
    }

    @Schema(name = "EditionRef")
    public record EditionRef(@Schema(example = "good-practice-guide-edition-4", required = true) String slug,
            @Schema(example = "Good Practice Guide", required = true) String title,
            @Schema(example = "Edition 4", required = true) String label,
            @Schema(description = "ISO 8601 at the precision the source gives", example = "2024-11") String publicationDate) {
        public static EditionRef from(Edition e) {
            return new EditionRef(e.slug, e.title, e.label, e.publicationDate);
        }
    }

    @Schema(name = "DelayDriverRef")
    public record DriverRef(@Schema(example = "lack-of-information-sharing", required = true) String slug,
            @Schema(example = "Lack of information sharing among partners", required = true) String label,
            @Schema(example = "Lack of information sharing among partners", required = true) String shortLabel) {
        public static DriverRef from(DelayDriver d) {
            return new DriverRef(d.slug, d.label, d.shortLabel);
        }
    }

    @Schema(name = "InitiativeRef")
    public record InitiativeRef(@Schema(example = "lifelong-links", required = true) String slug,
            @Schema(example = "Lifelong Links – Family Rights Group", required = true) String title) {
        public static InitiativeRef from(Initiative i) {
            return new InitiativeRef(i.slug, i.title);
        }
    }

    @Schema(name = "ThemeRef")
    public record ThemeRef(@Schema(example = "social-work-methodology", required = true) String slug,
            @Schema(example = "Section 1.1: Social work methodology", required = true) String title) {
        public static ThemeRef from(Theme t) {
            return t == null ? null : new ThemeRef(t.slug, t.title);
        }
    }
}
