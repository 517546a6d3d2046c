package uk.goodpractice.directory.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure the source reports, with the date or period it refers to where printed. */
@Schema(name = "Figure")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(
        @Schema(description = "The figure as printed", example = "447", required = true) @NotBlank String value,
        @Schema(example = "training places provided", required = true) @NotBlank String description,
        @Schema(description = "The date or period the figure refers to, as printed", example = "2022-23") String period) {
}
