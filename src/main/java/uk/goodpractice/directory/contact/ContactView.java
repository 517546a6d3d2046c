package uk.goodpractice.directory.contact;

import uk.goodpractice.directory.common.UpdatedAt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.area.AreaRef;
import uk.goodpractice.directory.edition.EditionRef;
import uk.goodpractice.directory.initiative.InitiativeRef;
import uk.goodpractice.directory.initiative.InitiativeVisibility;
import uk.goodpractice.directory.organisation.OrganisationRef;
import java.time.OffsetDateTime;

/** A contact exactly as published, with what they are a contact for. */
@Schema(name = "AreaContact")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactView(
        @Schema(example = "joe-garraway", required = true) String slug,
        @Schema(example = "Joe Garraway") String name,
        @Schema(example = "Preventing Recurrent Care Proceedings Lead") String role,
        OrganisationRef organisation,
        @Schema(example = "joe.garraway@salford.gov.uk") String email,
        @Schema(description = "As printed", example = "023 8069 6644") String phone,
        @Schema(description = "What the source printed where it is unreadable or inconsistent") String note,
        @Schema(required = true) List<AreaRef> areas,
        @Schema(required = true) List<InitiativeRef> initiatives,
        @Schema(description = "The edition that published this contact", required = true) EditionRef edition,
        @Schema(description = UpdatedAt.DESCRIPTION, required = true) OffsetDateTime updatedAt) {

    /** Shows only the live areas and the public initiatives of a contact. */
    public static ContactView from(Contact c) {
        return new ContactView(c.slug, c.name, c.role, OrganisationRef.from(c.organisation), c.email, c.phone, c.note,
                c.areas.stream().filter(a -> a.deletedAt == null).map(AreaRef::from).toList(),
                c.initiatives.stream().filter(InitiativeVisibility::publicCanSee)
                        .map(InitiativeRef::from).toList(),
                EditionRef.from(c.edition), c.updatedAt);
    }

    /** This view, stamped with when its public answer last changed (the published snapshot's rule, {@link UpdatedAt}). */
    public ContactView withUpdatedAt(OffsetDateTime at) {
        return new ContactView(slug, name, role, organisation, email, phone, note, areas, initiatives, edition, at);
    }
}
