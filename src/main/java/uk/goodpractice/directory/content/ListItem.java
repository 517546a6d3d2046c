package uk.goodpractice.directory.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list item; in the data files a plain string is shorthand for an item without a nested list. */
@Schema(name = "ListItem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListItem(
        @Schema(example = "Reducing trauma", required = true) @NotBlank String text,
        @Schema(description = "A list nested under this item") @Valid ContentList list) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ListItem(@JsonProperty("text") String text, @JsonProperty("list") ContentList list) {
        this.text = text;
        this.list = list;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ListItem of(String text) {
        return new ListItem(text, null);
    }

    void appendText(StringBuilder sb) {
        sb.append(text).append('\n');
        if (list != null) {
            list.appendText(sb);
        }
    }
}
