package uk.goodpractice.directory.area;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.goodpractice.directory.common.UpdatedSince;

/** Filters for the area list. */
public class AreaFilter extends UpdatedSince {

    @QueryParam("type")
    @Parameter(description = "Area type; repeatable: LOCAL_AUTHORITY, COMBINED_AUTHORITY, REGION, PARTNERSHIP, NATIONAL", example = "LOCAL_AUTHORITY")
    public List<@Pattern(regexp = "LOCAL_AUTHORITY|COMBINED_AUTHORITY|REGION|PARTNERSHIP|NATIONAL",
            message = "must be one of: LOCAL_AUTHORITY, COMBINED_AUTHORITY, REGION, PARTNERSHIP, NATIONAL") String> type;

    @QueryParam("parent")
    @Parameter(description = "Slug of the parent area (for example a region); repeatable", example = "north-west")
    public List<String> parent;

    @QueryParam("q")
    @Parameter(description = "Text in the area's name (case-insensitive)", example = "manchester")
    @Size(max = 200, message = "must be at most 200 characters")
    public String q;
}
