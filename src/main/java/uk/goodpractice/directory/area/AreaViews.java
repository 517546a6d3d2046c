package uk.goodpractice.directory.area;

import java.time.OffsetDateTime;
import uk.goodpractice.directory.common.UpdatedAt;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of the areas. */
public final class AreaViews {

    private AreaViews() {
    }

    @Schema(name = "AreaSummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(@Schema(example = "salford", required = true) String slug,
            @Schema(example = "Salford City Council", required = true) String name,
            @Schema(required = true) AreaType type,
            AreaRef parent,
            @Schema(description = "Published initiatives linked to this area or to an area within it: what filtering the initiatives by it finds",
                    example = "1", required = true) long initiativeCount,
            @Schema(description = UpdatedAt.DESCRIPTION, required = true) OffsetDateTime updatedAt) {

        public Summary withUpdatedAt(OffsetDateTime at) {
            return new Summary(slug, name, type, parent, initiativeCount, at);
        }
    }
}
