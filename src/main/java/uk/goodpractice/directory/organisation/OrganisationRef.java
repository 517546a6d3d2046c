package uk.goodpractice.directory.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form other resources use to point at this one: a slug to follow plus enough to show. */
@Schema(name = "OrganisationRef")
public record OrganisationRef(@Schema(example = "salford-city-council", required = true) String slug,
        @Schema(example = "Salford City Council", required = true) String name) {
    public static OrganisationRef from(Organisation o) {
        return o == null ? null : new OrganisationRef(o.slug, o.name);
    }
}
