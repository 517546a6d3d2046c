package uk.goodpractice.directory.initiativeapi;

import uk.goodpractice.directory.initiative.AppearanceEdit;
import uk.goodpractice.directory.initiative.Initiative;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.Slugs;
import uk.goodpractice.directory.content.Figure;
import uk.goodpractice.directory.content.Link;
import uk.goodpractice.directory.content.Reference;
import uk.goodpractice.directory.content.Section;
import uk.goodpractice.directory.content.StoredSize;
import uk.goodpractice.directory.delaydriver.DriverMapping;
import uk.goodpractice.directory.delaydriver.MappingProvenance;
import uk.goodpractice.directory.organisation.OrganisationName;

/** Write shapes for initiatives: what an editor sends, and the editable record a write returns. */
public final class InitiativeEdits {

    private InitiativeEdits() {
    }

    @Schema(name = "NewInitiative", description = "A new initiative; it starts as a draft")
    public record NewInitiative(
            @Schema(example = "kinship-reach-programme", required = true) @NotBlank @Size(max = 160)
            @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens") String slug,
            @Schema(example = "Kinship Reach Programme", required = true) @NotBlank @Size(max = 400) String title,
            @Schema(example = "Support for kinship carers") @Size(max = 2000) String summary,
            @Schema(description = "An edition to present it in: it is added, with no text yet, at the end of that edition", example = "good-practice-guide-2025-26-q1")
            @Size(max = 120) String edition,
            @Schema(description = "The lead organisation's name; a name the directory does not know yet is added", example = "Salford City Council")
            @Size(max = 400) @OrganisationName String leadOrganisation,
            @Schema(description = "Area slugs", example = "[\"salford\"]") @Size(max = 200) List<@NotBlank String> areas) {
    }

    @Schema(name = "DriverMappingEdit", description = "A mapping of the initiative to a driver of delay in one edition")
    public record DriverEdit(
            @Schema(example = "good-practice-guide-edition-4", required = true) @NotBlank String edition,
            @Schema(example = "lack-of-information-sharing", required = true) @NotBlank String driver,
            @Schema(description = "PRINTED_MATRIX: a tick in the edition's matrix; EDITORIAL: an editor's later judgement, with a rationale", required = true)
            @NotNull MappingProvenance provenance,
            @Schema(description = "Why (required for EDITORIAL)") @Size(max = 2000) String rationale) {

        static DriverEdit of(DriverMapping m) {
            return new DriverEdit(m.edition.slug, m.driver.slug, m.provenance, m.rationale);
        }
    }

    @JsonIgnoreProperties({"slug", "deletedAt", "version"})
    @Schema(name = "InitiativeChanges", description = "The editable fields of an initiative, whole (PUT) or as a JSON Merge Patch (PATCH). The read-only fields of the editable record (slug, deletedAt, version) are accepted and ignored, so what GET …/editable returns can be PUT back as it is")
    public record Changes(
            @Schema(example = "Lifelong Links – Family Rights Group", required = true) @NotBlank @Size(max = 400) String title,
            @Schema(example = "Helping young people in care keep the people who matter to them") @Size(max = 2000) String summary,
            @Schema(required = true) @NotNull PublicationStatus status,
            @Schema(description = "The lead organisation's name; a name the directory does not know yet is added", example = "Family Rights Group")
            @Size(max = 400) @OrganisationName String leadOrganisation,
            @Schema(description = "Partner organisations' names, in order", required = true) @NotNull @Size(max = 50) List<@NotBlank @Size(max = 400) @OrganisationName String> partners,
            @Schema(description = "Area slugs", example = "[\"salford\"]", required = true) @NotNull @Size(max = 200) List<@NotBlank String> areas,
            @Schema(description = "Slugs of the area contacts for this initiative", required = true) @NotNull @Size(max = 100) List<@NotBlank String> contacts,
            @Schema(description = "The editions that present it, each with its own text", required = true) @NotNull @Size(max = 20) List<@NotNull @Valid AppearanceEdit> appearances,
            @Schema(description = "Driver mappings per edition", required = true) @NotNull @Size(max = 200) List<@NotNull @Valid DriverEdit> drivers) {

        static Changes of(Initiative i, List<String> contacts, List<DriverMapping> mappings) {
            return new Changes(i.title, i.summary, i.status, i.leadOrganisation == null ? null : i.leadOrganisation.name,
                    i.partners.stream().map(o -> o.name).toList(),
                    i.areas.stream().filter(a -> a.deletedAt == null).map(a -> a.slug).toList(),
                    contacts,
                    i.appearances.stream().sorted(Comparator.comparingInt(a -> a.edition.position)).map(AppearanceEdit::of).toList(),
                    mappings.stream().filter(m -> m.deletedAt == null)
                            .sorted(Comparator.<DriverMapping>comparingInt(m -> m.edition.position).thenComparingInt(m -> m.driver.position))
                            .map(DriverEdit::of).toList());
        }
    }

    @Schema(name = "EditableInitiative", description = "An initiative's editable fields and version, as GET …/editable and every write return them")
    public record Editable(
            @Schema(example = "lifelong-links", required = true) String slug,
            @Schema(required = true) String title,
            String summary,
            @Schema(required = true) PublicationStatus status,
            String leadOrganisation,
            @Schema(required = true) List<String> partners,
            @Schema(required = true) List<String> areas,
            @Schema(required = true) List<String> contacts,
            @Schema(required = true) List<AppearanceEdit> appearances,
            @Schema(required = true) List<DriverEdit> drivers,
            @Schema(description = "Set while the initiative is deleted (restorable)") OffsetDateTime deletedAt,
            @Schema(description = "Increases with every change; the ETag is \"v\" + version", example = "1", required = true) long version) {

        static Editable of(Initiative i, List<String> contacts, List<DriverMapping> mappings) {
            Changes c = Changes.of(i, contacts, mappings);
            return new Editable(i.slug, c.title(), c.summary(), c.status(), c.leadOrganisation(), c.partners(), c.areas(), c.contacts(),
                    c.appearances(), c.drivers(), i.deletedAt, i.version);
        }

        /** The ETag of this version: If-Match must name it to change the initiative. */
        public String etag() {
            return IfMatch.etag(version);
        }
    }
}
