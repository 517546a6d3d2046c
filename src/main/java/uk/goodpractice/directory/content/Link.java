package uk.goodpractice.directory.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A helpful link. The URL is present only where the source printed one: lost addresses are never guessed. */
@Schema(name = "Link")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(
        @Schema(example = "Mpower homepage", required = true) @NotBlank String title,
        @Schema(description = "Absent where the source document lost the address", example = "http://saferbradford.co.uk")
        @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL") String url,
        @Schema(description = "Words printed beside the link", example = "Relates specifically to private law proceedings") String note) {
}
