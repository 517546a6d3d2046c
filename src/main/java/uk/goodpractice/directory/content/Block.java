package uk.goodpractice.directory.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Exactly one of a paragraph or a list. */
@Schema(name = "Block", description = "One block of a section: exactly one of `paragraph` or `list` is present")
@JsonInclude(JsonInclude.Include.NON_NULL)
record Block(
        @Schema(description = "A paragraph, verbatim", example = "The initiative is underpinned by 5 core principles:") String paragraph,
        @Valid ContentList list) {

    @JsonIgnore
    @AssertTrue(message = "must have exactly one of paragraph or list")
    @Schema(hidden = true)
    public boolean isExactlyOne() {
        return (paragraph != null && !paragraph.isBlank()) ^ (list != null);
    }

    void appendText(StringBuilder sb) {
        if (paragraph != null) {
            sb.append(paragraph).append('\n');
        }
        if (list != null) {
            list.appendText(sb);
        }
    }
}
