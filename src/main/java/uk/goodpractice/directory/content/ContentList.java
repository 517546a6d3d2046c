package uk.goodpractice.directory.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bulleted or numbered list; items may hold a nested list. */
@Schema(name = "ContentList", description = "A bulleted (ordered=false) or numbered (ordered=true) list")
record ContentList(
        @Schema(description = "True for a numbered list", example = "false", required = true) boolean ordered,
        @Schema(required = true) @NotEmpty List<@Valid ListItem> items) {

    void appendText(StringBuilder sb) {
        items.forEach(i -> i.appendText(sb));
    }
}
