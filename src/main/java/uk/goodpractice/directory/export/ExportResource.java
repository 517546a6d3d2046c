package uk.goodpractice.directory.export;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.HttpCaching;
import uk.goodpractice.directory.common.KnownSlugs;
import uk.goodpractice.directory.common.KnownSlugs.Filter;
import uk.goodpractice.directory.common.ProblemDetail;
import uk.goodpractice.directory.contact.ContactFilter;
import uk.goodpractice.directory.initiativeapi.InitiativeFilter;
import uk.goodpractice.directory.published.PublishedExports;
import uk.goodpractice.directory.published.PublishedExports.CsvFile;

/**
 * Whole lists as RFC 4180 CSV (published records only, every page, the lists' own filters) and the
 * whole directory as one JSON document. Everything is read from the published snapshot.
 */
@Path("/v1/exports")
@Tag(name = "Exports", description = "Whole lists as CSV (RFC 4180, UTF-8, header row, CRLF; list cells hold slugs separated by `;`) "
        + "and the whole directory as one JSON document, for analysts and mirrors")
class ExportResource {

    static final String CSV = "text/csv;charset=UTF-8";
    private final PublishedExports exports;
    private final KnownSlugs knownSlugs;

    ExportResource(PublishedExports exports, KnownSlugs knownSlugs) {
        this.exports = exports;
        this.knownSlugs = knownSlugs;
    }

    /**
     * Export initiatives as CSV.
     *
     * Every published initiative the list `GET /initiatives` finds with the same filters, search and sort, on one streamed sheet.
     * Columns: slug, title, summary, leadOrganisation (slug), areas, editions, delayDrivers, themes (slugs separated by `;`),
     * updatedAt.
     *
     * @return The initiatives, one row each, after a header row
     */
    @GET
    @Path("/initiatives.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "lifelong-links", value = ExportExamples.INITIATIVES)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid, or a filter value does not exist",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown-driver", value = ApiExamples.INVALID_PARAMETER)))
    public Response exportInitiatives(@Valid @BeanParam InitiativeFilter f) {
        Map<String, List<String>> params = publicFilters(new Filter("driver", f.driver, "DelayDriver"),
                new Filter("edition", f.edition, "Edition"),
                new Filter("area", f.area, "Area"),
                new Filter("organisation", f.organisation, "Organisation"),
                new Filter("theme", f.theme, "Theme"));
        put(params, "q", f.q == null ? null : List.of(f.q));
        put(params, "sort", f.sort == null ? null : List.of(f.sort));
        put(params, "updatedSince", f.since() == null ? null : List.of(f.updatedSince)); // a malformed one is a 400 here
        CsvFile file = exports.initiatives(params);
        return csv("initiatives.csv", file::writeTo, file.etag());
    }

    /**
     * Export area contacts as CSV.
     *
     * Every published contact the list `GET /area-contacts` finds with the same filters and search. Columns: slug, name, role,
     * organisation (slug), email, phone, note, areas, initiatives (slugs separated by `;`), edition.
     *
     * @return The contacts, one row each, after a header row
     */
    @GET
    @Path("/area-contacts.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "contacts", value = ExportExamples.CONTACTS)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid, or a filter value does not exist",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown-area", value = ApiExamples.INVALID_PARAMETER)))
    public Response exportAreaContacts(@Valid @BeanParam ContactFilter f) {
        Map<String, List<String>> params = publicFilters(new Filter("area", f.area, "Area"),
                new Filter("organisation", f.organisation, "Organisation"),
                new Filter("initiative", f.initiative, "Initiative"),
                new Filter("edition", f.edition, "Edition"));
        put(params, "q", f.q == null ? null : List.of(f.q));
        put(params, "updatedSince", f.since() == null ? null : List.of(f.updatedSince)); // a malformed one is a 400 here
        CsvFile file = exports.contacts(params);
        return csv("area-contacts.csv", file::writeTo, file.etag());
    }

    /**
     * Export areas as CSV.
     *
     * Every area. Columns: slug, name, type, parent (slug), initiativeCount (what filtering initiatives by the area finds).
     *
     * @return The areas, one row each, after a header row
     */
    @GET
    @Path("/areas.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "areas", value = ExportExamples.AREAS)))
    public Response exportAreas() {
        return file("areas.csv", "areas");
    }

    /**
     * Export the delay drivers as CSV.
     *
     * The ten drivers in matrix order. Columns: slug, position, label, shortLabel, description, initiativeCount.
     *
     * @return The drivers, one row each, after a header row
     */
    @GET
    @Path("/delay-drivers.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "drivers", value = ExportExamples.DRIVERS)))
    public Response exportDelayDrivers() {
        return file("delay-drivers.csv", "delay-drivers");
    }

    /**
     * Export an edition's delay-driver matrix as CSV.
     *
     * The matrix as printed: one row per driver (columns driver, driverLabel), then one column per initiative in printed order,
     * headed by its slug, holding `true` where the matrix prints a tick.
     *
     * @return The matrix
     */
    @GET
    @Path("/matrices/{edition}.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "matrix", value = ExportExamples.MATRIX)))
    @APIResponse(responseCode = "404", description = "No published edition with a matrix has this slug")
    public Response exportMatrix(@Parameter(description = "The edition's slug", example = "good-practice-guide-edition-4")
            @PathParam("edition") String edition) {
        return exports.file("matrices/" + edition).map(bytes -> csv(edition + "-matrix.csv", bytes))
                .orElseThrow(() -> new ApiException.NotFound("matrix of a published edition", edition));
    }

    /**
     * Get the whole directory in one document.
     *
     * Everything public in one JSON document, for mirrors: the licence and attribution, then every delay driver, edition, matrix,
     * initiative, area and contact exactly as its own address serves it, and the organisations. Sent gzip-compressed when the
     * client accepts gzip; its ETag changes whenever anything public changes. Then keep a mirror current with `updatedSince` on
     * the lists and `GET /deletions?since=`.
     *
     * @return The directory
     */
    @GET
    @Path("/directory.json")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponseSchema(DirectoryDump.class)
    @AnswerExample(name = "dump", value = ExportExamples.DUMP)
    public Response getDirectoryDump() {
        PublishedExports.Dump dump = exports.dump().orElseThrow(() -> new IllegalStateException("no dump in the snapshot"));
        return Response.ok(dump.bytes(), MediaType.APPLICATION_JSON_TYPE).header("ETag", dump.etag()).build();
    }

    private Response file(String filename, String name) {
        return csv(filename, exports.file(name).orElseThrow(() -> new IllegalStateException("no " + name + " export in the snapshot")));
    }

    private static Response csv(String filename, byte[] bytes) {
        return csv(filename, out -> out.write(bytes), HttpCaching.etag(bytes));
    }

    /** Every export's answer: a CSV attachment named {@code filename}, tagged with the hash of its bytes. */
    private static Response csv(String filename, StreamingOutput body, String etag) {
        return Response.ok(body, CSV).header("ETag", etag)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /**
     * Refuses a filter value that names nothing published (400, naming each parameter), and gives the
     * filters that have values as the published lists take them.
     */
    private Map<String, List<String>> publicFilters(Filter... filters) {
        Filter[] publicOnly = new Filter[filters.length];
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < filters.length; i++) {
            publicOnly[i] = filters[i].publicOnly(true);
            put(params, filters[i].parameter(), filters[i].values() == null ? null : List.copyOf(filters[i].values()));
        }
        knownSlugs.require(publicOnly);
        return params;
    }

    private static void put(Map<String, List<String>> params, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            params.put(name, values);
        }
    }
}
