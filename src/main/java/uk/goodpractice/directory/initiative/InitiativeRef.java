package uk.goodpractice.directory.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form other resources use to point at this one: a slug to follow plus enough to show. */
@Schema(name = "InitiativeRef")
public record InitiativeRef(@Schema(example = "lifelong-links", required = true) String slug,
        @Schema(example = "Lifelong Links – Family Rights Group", required = true) String title) {
    public static InitiativeRef from(Initiative i) {
        return new InitiativeRef(i.slug, i.title);
    }
}
