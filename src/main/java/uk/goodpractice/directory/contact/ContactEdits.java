package uk.goodpractice.directory.contact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.Slugs;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.organisation.OrganisationName;

/** Write shapes for area contacts: the printed fields, and the areas, initiatives and edition by slug. */
final class ContactEdits {

    private ContactEdits() {
    }

    @Schema(name = "NewAreaContact", description = "A new area contact, published when its edition is")
    public record NewContact(
            @Schema(example = "joe-garraway", required = true) @NotBlank @Size(max = 160)
            @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens") String slug,
            @Schema(example = "Joe Garraway") @Size(max = 200) String name,
            @Schema(example = "Preventing Recurrent Care Proceedings Lead") @Size(max = 400) String role,
            @Schema(description = "The organisation's name as printed; a new name adds the organisation", example = "Greater Manchester Combined Authority")
            @Size(max = 400) @OrganisationName String organisation,
            @Schema(example = "joe.garraway@salford.gov.uk") @Email @Size(max = 254) String email,
            @Schema(description = "As printed", example = "0161 234 5678") @Size(max = 100) String phone,
            @Schema(description = "What the source printed where it is unreadable or inconsistent") @Size(max = 1000) String note,
            @Schema(description = "Slug of the edition that publishes the contact", example = "salford-strengthening-families-handbook", required = true)
            @NotBlank String edition,
            @Schema(description = "Slugs of the areas the contact is for", example = "[\"salford\"]") List<@NotBlank String> areas,
            @Schema(description = "Slugs of the initiatives the contact is for", example = "[\"salford-strengthening-families\"]") List<@NotBlank String> initiatives) {

        Changes changes() {
            return new Changes(name, role, organisation, email, phone, note, edition, areas, initiatives);
        }
    }

    @JsonIgnoreProperties({"slug", "deletedAt", "version"})
    @Schema(name = "AreaContactChanges", description = "The editable fields of an area contact, whole (PUT) or as a JSON Merge Patch (PATCH). The read-only fields of the editable record (slug, deletedAt, version) are accepted and ignored, so what GET …/editable returns can be PUT back as it is")
    public record Changes(
            @Schema(example = "Joe Garraway") @Size(max = 200) String name,
            @Schema(example = "Preventing Recurrent Care Proceedings Lead") @Size(max = 400) String role,
            @Schema(description = "The organisation's name as printed; a new name adds the organisation", example = "Greater Manchester Combined Authority")
            @Size(max = 400) @OrganisationName String organisation,
            @Schema(example = "joe.garraway@salford.gov.uk") @Email @Size(max = 254) String email,
            @Schema(description = "As printed", example = "0161 234 5678") @Size(max = 100) String phone,
            @Schema(description = "What the source printed where it is unreadable or inconsistent") @Size(max = 1000) String note,
            @Schema(description = "Slug of the edition that publishes the contact", example = "salford-strengthening-families-handbook", required = true)
            @NotBlank String edition,
            @Schema(description = "Slugs of the areas the contact is for; absent means none", example = "[\"salford\"]") List<@NotBlank String> areas,
            @Schema(description = "Slugs of the initiatives the contact is for; absent means none", example = "[\"salford-strengthening-families\"]")
            List<@NotBlank String> initiatives) {

        static Changes of(Contact c) {
            Editable e = Editable.of(c);
            return new Changes(e.name(), e.role(), e.organisation(), e.email(), e.phone(), e.note(), e.edition(), e.areas(), e.initiatives());
        }
    }

    @Schema(name = "EditableAreaContact", description = "An area contact's editable fields and version, as editors read and write them")
    public record Editable(
            @Schema(example = "joe-garraway", required = true) String slug,
            @Schema(example = "Joe Garraway") String name,
            @Schema(example = "Preventing Recurrent Care Proceedings Lead") String role,
            @Schema(example = "Greater Manchester Combined Authority") String organisation,
            @Schema(example = "joe.garraway@salford.gov.uk") String email,
            @Schema(example = "0161 234 5678") String phone,
            String note,
            @Schema(example = "salford-strengthening-families-handbook", required = true) String edition,
            @Schema(description = "Slugs of the areas the contact is for (deleted areas left out)", required = true) List<String> areas,
            @Schema(description = "Slugs of the initiatives the contact is for (deleted initiatives left out)", required = true) List<String> initiatives,
            @Schema(description = "Set while the contact is deleted (restorable)") OffsetDateTime deletedAt,
            @Schema(example = "0", required = true) long version) {

        static Editable of(Contact c) {
            return new Editable(c.slug, c.name, c.role, c.organisation == null ? null : c.organisation.name, c.email, c.phone, c.note,
                    c.edition.slug,
                    c.areas.stream().filter(a -> a.deletedAt == null)
                            .sorted(Comparator.comparing((Area a) -> a.name).thenComparing(a -> a.slug)).map(a -> a.slug).toList(),
                    c.initiatives.stream().filter(i -> i.deletedAt == null)
                            .sorted(Comparator.comparing((Initiative i) -> i.title).thenComparing(i -> i.slug)).map(i -> i.slug).toList(),
                    c.deletedAt, c.version);
        }

        /** The ETag of this version: If-Match must name it to change the contact. */
        public String etag() {
            return IfMatch.etag(version);
        }
    }
}
