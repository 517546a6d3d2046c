package uk.goodpractice.directory.initiativeapi;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.goodpractice.directory.common.UpdatedSince;

/**
 * Filters for the initiative list. Values of one filter are OR-ed, different filters AND-ed.
 */
public class InitiativeFilter extends UpdatedSince {

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
    @Parameter(description = "Search, ranked by relevance (BM25): every word must be found, by its English stem (\"advocacy\" finds \"advocate\"), "
            + "in the title, summary, section text, organisations or contacts (weighted in that order). \"Quoted phrases\" match as phrases, "
            + "`OR`, `NOT`/`-word` and a trailing `*` work; the acronyms the sources define (FDAC, PLO, FGC, …) match their words and back. "
            + "Other query syntax is searched for as plain words. Each result carries `highlights`. "
            + "With status=DRAFT or ANY: every word must appear, case-insensitive, and results sort by title.", example = "family group conference")
    @Size(max = 200, message = "must be at most 200 characters")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Order of results: `relevance` (best match first; the default when `q` is given, otherwise as `title`), "
            + "`title` (A–Z, the default without `q`), `-title` (Z–A), `-updated` (most recently changed first), `updated`.", example = "title",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "title", "-title", "updated", "-updated"}))
    @Pattern(regexp = "-?(title|updated)|relevance", message = "must be one of: relevance, title, -title, updated, -updated")
    public String sort;

    @QueryParam("facets")
    @Parameter(description = "Facets to count beside the page: any of `driver`, `edition`, `area`, `theme`, `organisation`, comma-separated "
            + "or repeated. Each facet counts, per value, the initiatives matching every other filter (its own filter lifted); values "
            + "with no match are left out. Published initiatives only.", example = "driver,edition")
    public List<@Pattern(regexp = "(driver|edition|area|theme|organisation)(,(driver|edition|area|theme|organisation))*",
            message = "must list facets from: driver, edition, area, theme, organisation") String> facets;
}
