package uk.goodpractice.directory.suggestion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.organisation.OrganisationName;
import uk.goodpractice.directory.content.Link;

/** API shapes of suggestions. */
final class SuggestionViews {

    /** No markup: a suggestion is plain text, so anything that looks like a tag or a script URL is refused. */
    static final String PLAIN = "^(?![\\s\\S]*(<\\s*[A-Za-z!/?]|javascript:))[\\s\\S]*$";
    static final String PLAIN_MESSAGE = "must be plain text (no HTML or script)";

    private SuggestionViews() {
    }

    @Schema(name = "NewSuggestion")
    public record NewSuggestion(
            @Schema(example = "Kinship Reach Programme", required = true) @NotBlank @Size(max = 200) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String title,
            @Schema(example = "Peer support for kinship carers during care proceedings.", required = true) @NotBlank @Size(max = 5000)
            @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String description,
            @Schema(example = "Cheshire West and Chester Council", required = true) @NotBlank @Size(max = 200) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) @OrganisationName String organisation,
            @Schema(example = "Cheshire West and Chester") @Size(max = 200) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String area,
            @Schema(example = "Sam Taylor", required = true) @NotBlank @Size(max = 100) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String contactName,
            @Schema(example = "sam.taylor@example.gov.uk", required = true) @NotBlank @Size(max = 254) @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$",
                    message = "must be a well-formed email address") String contactEmail,
            @Schema(description = "Up to five links") @Size(max = 5) List<@Valid SuggestedLink> links) {
    }

    @Schema(name = "SuggestedLink")
    public record SuggestedLink(
            @Schema(example = "Programme page", required = true) @NotBlank @Size(max = 200) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String title,
            @Schema(example = "https://example.gov.uk/kinship", required = true) @NotBlank @Size(max = 500)
            @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be an absolute http(s) URL") String url) {
    }

    @Schema(name = "SuggestionReceipt", description = "What the suggester gets back")
    public record Receipt(@Schema(example = "1b4e28ba-2fa1-11d2-883f-0016d3cca427", required = true) String id,
            @Schema(required = true) Suggestion.Status status,
            @Schema(required = true) OffsetDateTime receivedAt) {
    }

    @Schema(name = "Suggestion")
    public record View(@Schema(required = true) String id,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            @Schema(required = true) String organisation,
            String area,
            @Schema(required = true) String contactName,
            @Schema(required = true) String contactEmail,
            @Schema(required = true) List<Link> links,
            @Schema(required = true) Suggestion.Status status,
            String decisionReason,
            @Schema(description = "The draft initiative an accepted suggestion became") String initiativeSlug,
            @Schema(required = true) OffsetDateTime receivedAt,
            OffsetDateTime decidedAt,
            String decidedBy) {
        static View from(Suggestion s) {
            return new View(s.publicId, s.title, s.description, s.organisation, s.area, s.contactName, s.contactEmail, s.links,
                    s.status, s.decisionReason, s.initiativeSlug, s.receivedAt, s.decidedAt, s.decidedBy);
        }
    }

    @Schema(name = "Decline")
    public record Decline(@Schema(example = "Already in the directory as Lifelong Links", required = true) @NotBlank @Size(max = 1000) String reason) {
    }
}
