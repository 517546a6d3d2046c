package uk.goodpractice.directory.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form other resources use to point at this one: a slug to follow plus enough to show. */
@Schema(name = "AreaRef")
public record AreaRef(@Schema(example = "salford", required = true) String slug,
        @Schema(example = "Salford City Council", required = true) String name,
        @Schema(required = true) AreaType type) {
    public static AreaRef from(Area a) {
        return a == null ? null : new AreaRef(a.slug, a.name, a.type);
    }
}
