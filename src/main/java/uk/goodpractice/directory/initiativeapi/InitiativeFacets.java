package uk.goodpractice.directory.initiativeapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the {@code facets} beside a page of initiatives (made by the published read model):
 * only the facets asked for are present.
 */
@Schema(name = "InitiativeFacets", description = "Per facet asked for, the values found among the initiatives that match every other filter, "
        + "with how many; drivers in matrix order, editions oldest first, the rest by label")
@JsonInclude(JsonInclude.Include.NON_NULL)
record InitiativeFacets(List<FacetCount> driver, List<FacetCount> edition, List<FacetCount> area, List<FacetCount> theme,
        List<FacetCount> organisation) {

    @Schema(name = "FacetCount")
    public record FacetCount(
            @Schema(description = "The filter value (a slug)", example = "lack-of-information-sharing", required = true) String value,
            @Schema(example = "Lack of information sharing among partners", required = true) String label,
            @Schema(description = "Initiatives with this value that match the other filters", example = "7", required = true) int count) {
    }
}
