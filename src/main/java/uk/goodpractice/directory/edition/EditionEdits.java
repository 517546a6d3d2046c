package uk.goodpractice.directory.edition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.Slugs;

/** Write shapes for editions. */
final class EditionEdits {

    static final String DATE = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";
    static final String DATE_MESSAGE = "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD";

    private EditionEdits() {
    }

    @Schema(name = "NewEdition", description = "A new edition; it starts as a draft, seen by editors only until published")
    public record NewEdition(
            @Schema(example = "good-practice-guide-2025-26-q1", required = true) @NotBlank @Size(max = 120)
            @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens") String slug,
            @Schema(example = "Good Practice Guide", required = true) @NotBlank @Size(max = 400) String title,
            @Schema(example = "Family Justice Board Trailblazer") @Size(max = 400) String subtitle,
            @Schema(example = "DFJ Trailblazer Good Practice Guide", required = true) @NotBlank @Size(max = 200) String series,
            @Schema(description = "The edition label as printed", example = "Quarter 1: 2025/26", required = true) @NotBlank @Size(max = 200) String label,
            @Schema(description = "ISO 8601 at the precision known; set to the day of publishing if absent then", example = "2025-06")
            @Pattern(regexp = DATE, message = DATE_MESSAGE) String publicationDate,
            @Size(max = 400) String publisher,
            @Schema(description = "The edition's theme, if it has one", example = "Supporting and engaging parents and young people") @Size(max = 400) String theme,
            @Schema(description = "What the edition asks readers to send, printed beside its suggestions address") @Size(max = 2000) String suggestionsText,
            @Schema(example = "goodpractice@example.gov.uk") @Email @Size(max = 254) String suggestionsEmail) {
    }

    @JsonIgnoreProperties({"slug", "status", "publishedAt", "deletedAt", "initiatives", "version"})
    @Schema(name = "EditionChanges", description = "The editable fields of an edition, whole (PUT) or as a JSON Merge Patch (PATCH). Publishing has its own operation. The read-only fields of the editable record (slug, status, publishedAt, deletedAt, initiatives, version) are accepted and ignored, so what GET …/editable returns can be PUT back as it is")
    public record Changes(
            @Schema(example = "Good Practice Guide", required = true) @NotBlank @Size(max = 400) String title,
            @Size(max = 400) String subtitle,
            @Schema(example = "DFJ Trailblazer Good Practice Guide", required = true) @NotBlank @Size(max = 200) String series,
            @Schema(example = "Quarter 1: 2025/26", required = true) @NotBlank @Size(max = 200) String label,
            @Schema(example = "2025-06") @Pattern(regexp = DATE, message = DATE_MESSAGE) String publicationDate,
            @Size(max = 400) String publisher,
            @Size(max = 400) String theme,
            @Size(max = 2000) String suggestionsText,
            @Email @Size(max = 254) String suggestionsEmail) {

        static Changes of(Edition e) {
            return new Changes(e.title, e.subtitle, e.series, e.label, e.publicationDate, e.publisher, e.theme, e.suggestionsText, e.suggestionsEmail);
        }
    }

    @Schema(name = "EditionEntry", description = "An initiative the edition presents, in printed order")
    public record Entry(@Schema(example = "1", required = true) int position,
            @Schema(example = "lifelong-links", required = true) String slug,
            @Schema(example = "Lifelong Links – Family Rights Group", required = true) String title,
            @Schema(required = true) PublicationStatus status) {
    }

    @Schema(name = "EditableEdition", description = "An edition's editable fields, state, initiatives and version, as GET …/editable and every write return them")
    public record Editable(
            @Schema(example = "good-practice-guide-2025-26-q1", required = true) String slug,
            @Schema(required = true) String title,
            String subtitle,
            @Schema(required = true) String series,
            @Schema(required = true) String label,
            String publicationDate,
            String publisher,
            String theme,
            String suggestionsText,
            String suggestionsEmail,
            @Schema(required = true) PublicationStatus status,
            OffsetDateTime publishedAt,
            @Schema(description = "Set while the edition is deleted (restorable)") OffsetDateTime deletedAt,
            @Schema(description = "Its live initiatives (drafts too) in printed order", required = true) List<Entry> initiatives,
            @Schema(example = "3", required = true) long version) {

        static Editable of(Edition e, List<Entry> initiatives) {
            return new Editable(e.slug, e.title, e.subtitle, e.series, e.label, e.publicationDate, e.publisher, e.theme,
                    e.suggestionsText, e.suggestionsEmail, e.status, e.publishedAt, e.deletedAt, initiatives, e.version);
        }

        public String etag() {
            return IfMatch.etag(version);
        }
    }

    @Schema(name = "EditionOrder", description = "Every initiative of the edition, by slug, in the new order")
    public record Order(
            @Schema(example = "[\"lifelong-links\", \"lancaster-hope-boxes\"]", required = true) @NotNull @Size(max = 500) List<@NotBlank String> initiatives) {
    }
}
