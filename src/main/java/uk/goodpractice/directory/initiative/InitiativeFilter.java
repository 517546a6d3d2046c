package uk.goodpractice.directory.initiative;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Filters for the initiative list. Values of one filter are OR-ed, different filters AND-ed.
 */
public class InitiativeFilter {

    @QueryParam("driver")
    @Parameter(description = "Delay-driver slug; repeatable. With `edition`, the mapping must be in one of those editions.", example = "lack-of-information-sharing")
    public List<String> driver;

    @QueryParam("edition")
    @Parameter(description = "Edition slug; repeatable. Matches initiatives the edition presents.", example = "good-practice-guide-edition-4")
    public List<String> edition;

    @QueryParam("area")
    @Parameter(description = "Area slug; repeatable. A region or the national scope also matches the areas within it.", example = "salford")
    public List<String> area;

    @QueryParam("organisation")
    @Parameter(description = "Organisation slug (lead or partner); repeatable. See GET /api/v1/organisations.", example = "family-rights-group")
    public List<String> organisation;

    @QueryParam("theme")
    @Parameter(description = "Theme or section slug of the edition that groups the initiative; repeatable. A theme also matches its sections.", example = "social-work-methodology")
    public List<String> theme;

    @QueryParam("q")
    @Parameter(description = "Words to find in titles, summaries, organisations and section text; every word must match (case-insensitive).", example = "family group conference")
    @Size(max = 200, message = "must be at most 200 characters")
    public String q;

    @QueryParam("sort")
    @DefaultValue("title")
    @Parameter(description = "Order of results: `title` (A–Z, default), `-title` (Z–A), `-updated` (most recently changed first), `updated`.", example = "title",
            schema = @Schema(enumeration = {"title", "-title", "updated", "-updated"}, defaultValue = "title"))
    @Pattern(regexp = "-?(title|updated)", message = "must be one of: title, -title, updated, -updated")
    public String sort;
}
