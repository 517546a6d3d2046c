package uk.goodpractice.directory.delaydriver;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form other resources use to point at this one: a slug to follow plus enough to show. */
@Schema(name = "DelayDriverRef")
public record DriverRef(@Schema(example = "lack-of-information-sharing", required = true) String slug,
        @Schema(example = "Lack of information sharing among partners", required = true) String label,
        @Schema(example = "Lack of information sharing among partners", required = true) String shortLabel) {
    public static DriverRef from(DelayDriver d) {
        return new DriverRef(d.slug, d.label, d.shortLabel);
    }
}
