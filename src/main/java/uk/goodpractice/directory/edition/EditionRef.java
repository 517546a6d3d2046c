package uk.goodpractice.directory.edition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form other resources use to point at this one: a slug to follow plus enough to show. */
@Schema(name = "EditionRef")
public record EditionRef(@Schema(example = "good-practice-guide-edition-4", required = true) String slug,
        @Schema(example = "Good Practice Guide", required = true) String title,
        @Schema(example = "Edition 4", required = true) String label,
        @Schema(description = "ISO 8601 at the precision the source gives", example = "2024-11") String publicationDate) {
    public static EditionRef from(Edition e) {
        return new EditionRef(e.slug, e.title, e.label, e.publicationDate);
    }
}
