package uk.goodpractice.directory.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of a source's numbered reference list. */
@Schema(name = "Reference")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reference(
        @Schema(example = "1", required = true) @NotNull Integer number,
        @Schema(example = "Broadhurst, K. et al. (2017) Vulnerable birth mothers and recurrent care proceedings.", required = true) @NotBlank String text,
        @Schema(description = "Only where the source printed the address") @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL") String url) {
}
