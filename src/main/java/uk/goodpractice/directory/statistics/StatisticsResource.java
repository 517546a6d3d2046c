package uk.goodpractice.directory.statistics;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.HttpCaching;
import uk.goodpractice.directory.published.PublishedExports;
import uk.goodpractice.directory.published.Statistics;

/**
 * The analysts' first questions, one call each, as JSON or CSV with the same columns. Counts are
 * what the initiative list's filters find; all are made once per published snapshot.
 */
@Path("/v1/statistics")
@Tag(name = "Statistics", description = "Counts of published initiatives per driver and edition, per area and per theme (JSON or CSV)")
class StatisticsResource {

    static final String CSV = "text/csv;charset=UTF-8";
    private final PublishedExports exports;

    StatisticsResource(PublishedExports exports) {
        this.exports = exports;
    }

    /**
     * Initiatives per delay driver per edition.
     *
     * One row per driver and published edition (drivers in matrix order, editions oldest first), with how many initiatives are
     * mapped to the driver in that edition, printed or editorial: what `GET /initiatives?driver=…&edition=…` finds.
     *
     * @return The table
     */
    @GET
    @Path("/initiatives-by-driver-and-edition")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponseSchema(Statistics.ByDriverAndEdition.class)
    @AnswerExample(name = "table", value = StatisticsExamples.BY_DRIVER_AND_EDITION)
    public Response getInitiativesByDriverAndEdition() {
        return table("initiatives-by-driver-and-edition", MediaType.APPLICATION_JSON);
    }

    /**
     * Initiatives per delay driver per edition, as CSV.
     *
     * The same rows as the JSON. Columns: driver, driverLabel, edition, editionTitle, editionLabel, initiatives.
     *
     * @return The table
     */
    @GET
    @Path("/initiatives-by-driver-and-edition.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "table", value = StatisticsExamples.BY_DRIVER_AND_EDITION_CSV)))
    public Response exportInitiativesByDriverAndEdition() {
        return table("initiatives-by-driver-and-edition", CSV);
    }

    /**
     * Initiatives per area and region.
     *
     * One row per area (regions are the rows of type REGION), in the areas list's order, with how many initiatives are linked to
     * it or to an area within it: what `GET /initiatives?area=…` finds.
     *
     * @return The table
     */
    @GET
    @Path("/initiatives-by-area")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponseSchema(Statistics.ByArea.class)
    @AnswerExample(name = "table", value = StatisticsExamples.BY_AREA)
    public Response getInitiativesByArea() {
        return table("initiatives-by-area", MediaType.APPLICATION_JSON);
    }

    /**
     * Initiatives per area and region, as CSV.
     *
     * The same rows as the JSON. Columns: area, name, type, parent, initiatives.
     *
     * @return The table
     */
    @GET
    @Path("/initiatives-by-area.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "table", value = StatisticsExamples.BY_AREA_CSV)))
    public Response exportInitiativesByArea() {
        return table("initiatives-by-area", CSV);
    }

    /**
     * Initiatives per theme.
     *
     * One row per theme and section of each published edition, in printed order, with how many initiatives it groups (a theme
     * counts its sections'): what `GET /initiatives?theme=…` finds.
     *
     * @return The table
     */
    @GET
    @Path("/initiatives-by-theme")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponseSchema(Statistics.ByTheme.class)
    @AnswerExample(name = "table", value = StatisticsExamples.BY_THEME)
    public Response getInitiativesByTheme() {
        return table("initiatives-by-theme", MediaType.APPLICATION_JSON);
    }

    /**
     * Initiatives per theme, as CSV.
     *
     * The same rows as the JSON. Columns: edition, theme, title, parent, initiatives.
     *
     * @return The table
     */
    @GET
    @Path("/initiatives-by-theme.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "table", value = StatisticsExamples.BY_THEME_CSV)))
    public Response exportInitiativesByTheme() {
        return table("initiatives-by-theme", CSV);
    }

    /**
     * One of the tables, as the snapshot made it once: the JSON, or the CSV as an attachment named for the
     * table; either tagged with the hash of exactly its bytes.
     */
    private Response table(String name, String mediaType) {
        String path = "statistics/" + name;
        boolean csv = CSV.equals(mediaType);
        byte[] bytes = (csv ? exports.file(path) : exports.json(path))
                .orElseThrow(() -> new IllegalStateException("no " + path + " in the snapshot"));
        if (!csv) {
            return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).header("ETag", HttpCaching.etag(bytes)).build();
        }
        return Response.ok((StreamingOutput) out -> out.write(bytes), CSV).header("ETag", HttpCaching.etag(bytes))
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }
}
