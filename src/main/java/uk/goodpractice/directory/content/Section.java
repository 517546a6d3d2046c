package uk.goodpractice.directory.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A headed content section, its paragraphs and lists in source order. */
@Schema(name = "Section", description = "A headed content section: paragraphs and (nested) lists in source order, verbatim")
public record Section(
        @Schema(example = "What is the initiative?", required = true) @NotBlank String heading,
        @Schema(required = true) @NotEmpty List<@Valid Block> blocks) {

    /** Plain text of the section, for search. */
    public String plainText() {
        StringBuilder sb = new StringBuilder(heading).append('\n');
        blocks.forEach(b -> b.appendText(sb));
        return sb.toString();
    }
}
