package uk.goodpractice.directory.edition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form other resources use to point at this one: a slug to follow plus enough to show. */
@Schema(name = "ThemeRef")
public record ThemeRef(@Schema(example = "social-work-methodology", required = true) String slug,
        @Schema(example = "Section 1.1: Social work methodology", required = true) String title) {
    public static ThemeRef from(Theme t) {
        return t == null ? null : new ThemeRef(t.slug, t.title);
    }
}
