package uk.goodpractice.directory.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What the whole contract says the same way everywhere, applied once to the generated document so that
 * each resource carries only its own HTTP shape: the response headers (Link, Location, ETag, Allow),
 * If-Match where a change needs it, array examples for repeatable parameters (Swagger UI cannot send a
 * scalar example of an array), optional sign-in for reads that show editors their drafts, merge-patch
 * schemas, e-mail formats, and the answers any request with refused credentials can get.
 */
public final class OpenApiConventions {

    static final String BASIC_SCHEME = "basic";
    /** An operation marked with this extension ({@link DraftsForEditors}) answers anyone, and shows signed-in editors drafts too. */
    static final String DRAFTS_FOR_EDITORS = "x-drafts-for-editors";
    /**
     * On a resource's {@code @Tag}: the version its If-Match examples name (a record's first, 0, when not given),
     * so that they match the feature's other examples.
     */
    public static final String IF_MATCH_EXAMPLE_VERSION = "x-if-match-example-version";
    /**
     * On a resource's {@code @Tag}: a JSON object that documents the feature's path parameters once, by name, e.g.
     * {@code {"slug": {"description": "The area's slug", "example": "salford"}}}. A resource method's path
     * parameter without {@code @Parameter} gets that text; one with its own keeps it.
     */
    public static final String PATH_PARAMETERS = "x-path-parameters";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private OpenApiConventions() {
    }

    static void apply(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addHeader("ETag", header("The version of this record (or the hash of this body): send it back in If-Match to change it, "
                + "or in If-None-Match to revalidate a read"));
        components.addHeader("Link", header("RFC 8288 links to the first, prev, next and last pages, e.g. "
                + "</api/v1/initiatives?page=2>; rel=\"next\""));
        components.addHeader("Location", header("The address of the record just created"));
        components.addHeader("Allow", header("The methods this address supports, e.g. GET, PUT, PATCH, DELETE"));
        pages(openAPI);
        mergePatchSchemas(openAPI);
        emailFormats(components);
        Map<String, Map<String, Object>> tagConventions = tagConventions(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            arrayExamples(op);
            documentPathParameters(op, tagConventions);
            documentIfMatch(path, method, op, tagConventions);
            requireIfMatch(op);
            responseHeaders(method, op);
            optionalSignIn(op);
            if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
                // stated, not left to a default: anyone may call it
                op.setSecurity(new ArrayList<>());
            }
        }));
        headOperations(openAPI);
    }

    /**
     * Every public read answers HEAD as it answers GET, headers included (a mirror checks an ETag with
     * it): each public GET that answers 200 gets a HEAD operation of its own, with the same parameters and
     * security, the same statuses and headers, and no bodies.
     */
    private static void headOperations(OpenAPI openAPI) {
        Map<String, APIResponse> shared = openAPI.getComponents().getResponses() == null ? Map.of() : openAPI.getComponents().getResponses();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation get = item.getGET();
            if (get == null || item.getHEAD() != null || get.getOperationId() == null || get.getResponses() == null
                    || get.getResponses().getAPIResponse("200") == null || !anyoneMayCall(get)) {
                return;
            }
            Operation head = OASFactory.createOperation()
                    .operationId("head" + Character.toUpperCase(get.getOperationId().charAt(0)) + get.getOperationId().substring(1))
                    .summary((get.getSummary() == null ? "Read" : get.getSummary()) + ": headers only")
                    .description("What GET answers, without the body: the status, `ETag`" + (hasLink(get) ? ", `Link`" : "")
                            + " and the other headers, for checking whether it changed.")
                    .tags(get.getTags() == null ? null : new ArrayList<>(get.getTags()))
                    .parameters(get.getParameters() == null ? null : new ArrayList<>(get.getParameters()))
                    .security(get.getSecurity() == null ? null : new ArrayList<>(get.getSecurity()))
                    .responses(OASFactory.createAPIResponses());
            get.getResponses().getAPIResponses().forEach((status, response) -> {
                APIResponse source = response;
                if (response.getRef() != null) {
                    source = shared.get(response.getRef().substring(response.getRef().lastIndexOf('/') + 1));
                }
                APIResponse bodiless = OASFactory.createAPIResponse().description(source == null ? response.getDescription()
                        : source.getDescription());
                if (source != null && source.getHeaders() != null) {
                    source.getHeaders().forEach(bodiless::addHeader);
                }
                head.getResponses().addAPIResponse(status, bodiless);
            });
            item.setHEAD(head);
        });
    }

    private static boolean anyoneMayCall(Operation op) {
        return op.getSecurity() == null || op.getSecurity().isEmpty()
                || op.getSecurity().stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    }

    private static boolean hasLink(Operation op) {
        APIResponse ok = op.getResponses().getAPIResponse("200");
        return ok.getHeaders() != null && ok.getHeaders().containsKey("Link");
    }

    /** Swagger UI sends an array parameter's example only when it is a JSON array; a bare string makes Execute do nothing. */
    private static void arrayExamples(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if (p.getSchema() != null && p.getSchema().getType() != null && p.getSchema().getType().contains(SchemaType.ARRAY)
                    && p.getExample() != null && !(p.getExample() instanceof List)) {
                p.setExample(List.of(p.getExample()));
            }
        }
    }

    /**
     * Every list answers in the one paging envelope ({@link Paged}): a resource says only what a page lists, as an
     * array of it, and the envelope's schema is made here, named for what it lists ("EditionSummary" gives
     * "EditionPage"). The component schemas stay in name order, as the scanner writes them.
     */
    private static void pages(OpenAPI openAPI) {
        Map<String, Schema> schemas = new TreeMap<>(openAPI.getComponents().getSchemas());
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation list = item.getGET();
            APIResponse ok = list == null || list.getResponses() == null ? null : list.getResponses().getAPIResponse("200");
            MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType("application/json");
            Schema listed = json == null ? null : json.getSchema();
            if (listed == null || listed.getType() == null || !listed.getType().contains(SchemaType.ARRAY)
                    || listed.getItems() == null || listed.getItems().getRef() == null) {
                return;
            }
            String listedName = listed.getItems().getRef().substring(listed.getItems().getRef().lastIndexOf('/') + 1);
            String name = listedName.replaceFirst("(Summary|Ref|Entry)$", "") + "Page";
            schemas.putIfAbsent(name, OASFactory.createSchema().addRequired("results").addRequired("paging").addType(SchemaType.OBJECT)
                    .addProperty("results", OASFactory.createSchema().addType(SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref(listedName)))
                    .addProperty("paging", OASFactory.createSchema().ref("Paging")));
            json.setSchema(OASFactory.createSchema().ref(name));
        });
        openAPI.getComponents().setSchemas(new LinkedHashMap<>(schemas));
    }

    /**
     * What each feature's {@code @Tag} says once for all its operations ({@link #PATH_PARAMETERS},
     * {@link #IF_MATCH_EXAMPLE_VERSION}), by tag name; taken off the document, which never shows them.
     */
    private static Map<String, Map<String, Object>> tagConventions(OpenAPI openAPI) {
        Map<String, Map<String, Object>> byTag = new HashMap<>();
        if (openAPI.getTags() == null) {
            return byTag;
        }
        openAPI.getTags().forEach(tag -> {
            Map<String, Object> conventions = new HashMap<>();
            for (String name : List.of(PATH_PARAMETERS, IF_MATCH_EXAMPLE_VERSION)) {
                if (tag.getExtensions() != null && tag.getExtensions().containsKey(name)) {
                    try {
                        conventions.put(name, JSON.readValue(tag.getExtensions().get(name).toString(), Object.class));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException("The " + name + " of tag " + tag.getName() + " is not JSON", e);
                    }
                    tag.removeExtension(name);
                }
            }
            byTag.put(tag.getName(), conventions);
        });
        return byTag;
    }

    /** The first of the operation's tags that says {@code name}, or null. */
    private static Object tagConvention(Operation op, String name, Map<String, Map<String, Object>> byTag) {
        return op.getTags() == null ? null : op.getTags().stream().map(byTag::get).filter(Objects::nonNull)
                .map(conventions -> conventions.get(name)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** A path parameter that a resource method leaves undocumented gets the text its feature's tag gives for that name. */
    @SuppressWarnings("unchecked")
    private static void documentPathParameters(Operation op, Map<String, Map<String, Object>> byTag) {
        Map<String, Map<String, Object>> docs = (Map<String, Map<String, Object>>) tagConvention(op, PATH_PARAMETERS, byTag);
        if (docs == null) {
            return;
        }
        replaceUndocumented(op, p -> p.getIn() == Parameter.In.PATH && docs.containsKey(p.getName()),
                p -> documented(p, (String) docs.get(p.getName()).get("description"), docs.get(p.getName()).get("example"))
                        .required(p.getRequired()).schema(p.getSchema()));
    }

    /**
     * A change names the version it was made against in If-Match: a resource method takes the header and says
     * nothing more. A replace or patch of the record names the version you edited, a restore the deleted version
     * (one after the version you read: deleting made one), anything else the current version.
     */
    private static void documentIfMatch(String path, PathItem.HttpMethod method, Operation op, Map<String, Map<String, Object>> byTag) {
        boolean restore = path.endsWith("/restore");
        boolean edit = (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) && path.endsWith("}");
        String which = restore ? "deleted version" : edit ? "version you edited" : "current version";
        Object read = tagConvention(op, IF_MATCH_EXAMPLE_VERSION, byTag);
        int version = (read == null ? 0 : ((Number) read).intValue()) + (restore ? 1 : 0);
        replaceUndocumented(op, p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()),
                p -> documented(p, "The ETag of the " + which, IfMatch.etag(version)).schema(p.getSchema()));
    }

    private static void replaceUndocumented(Operation op, Predicate<Parameter> which,
            UnaryOperator<Parameter> documented) {
        if (op.getParameters() == null) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>(op.getParameters());
        parameters.replaceAll(p -> p.getDescription() == null && which.test(p) ? documented.apply(p) : p);
        op.setParameters(parameters);
    }

    /** A copy of the parameter with its text, built field by field in the order the scanner writes a documented parameter. */
    private static Parameter documented(Parameter p, String description, Object example) {
        return OASFactory.createParameter().description(description).example(example).name(p.getName()).in(p.getIn());
    }

    /** A change without If-Match is a 428, so a client must send it: the operations that answer 428 require it. */
    private static void requireIfMatch(Operation op) {
        if (op.getParameters() == null || op.getResponses() == null || op.getResponses().getAPIResponse("428") == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if ("If-Match".equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER) {
                p.setRequired(true);
                p.setDescription(p.getDescription() + " (`*` matches whatever version is current)");
            }
        }
    }

    private static void responseHeaders(PathItem.HttpMethod method, Operation op) {
        if (op.getResponses() == null) {
            return;
        }
        op.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            String schema = schemaName(response);
            if (method == PathItem.HttpMethod.GET && status.equals("200") && schema != null && schema.endsWith("Page")) {
                addHeader(response, "Link");
            }
            if (status.equals("201")) {
                addHeader(response, "Location");
            }
            boolean versioned = schema != null && schema.startsWith("Editable");
            if (WRITES.contains(method.name()) && status.startsWith("2") && versioned || status.equals("412")) {
                addHeader(response, "ETag");
            }
            if (status.equals("405")) {
                addHeader(response, "Allow");
            }
        });
    }

    /**
     * Lists that editors call with status=DRAFT or ANY, and reads that show editors their drafts, answer
     * anyone but say so only to a signed-in editor: clients must know to send credentials when they have them.
     */
    private static void optionalSignIn(Operation op) {
        boolean hasStatusFilter = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> "status".equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
        boolean marked = op.getExtensions() != null && op.getExtensions().containsKey(DRAFTS_FOR_EDITORS);
        if (marked) {
            op.removeExtension(DRAFTS_FOR_EDITORS);
        }
        if ((hasStatusFilter || marked) && (op.getSecurity() == null || op.getSecurity().isEmpty())) {
            List<SecurityRequirement> anyoneOrSignedIn = new ArrayList<>();
            anyoneOrSignedIn.add(OASFactory.createSecurityRequirement());
            for (String scheme : List.of(BASIC_SCHEME, CommonErrorResponses.SESSION_SCHEME, CommonErrorResponses.BEARER_SCHEME)) {
                anyoneOrSignedIn.add(OASFactory.createSecurityRequirement().addScheme(scheme));
            }
            op.setSecurity(anyoneOrSignedIn);
            String note = "Anyone may call it; signed-in editors also see drafts (`status`), so send your credentials when you have them.";
            op.setDescription(op.getDescription() == null ? note : op.getDescription() + " " + note);
        }
    }

    /**
     * A JSON Merge Patch (RFC 7396) body has the PUT body's fields, each optional; null removes a field that
     * may be absent and empties a list. Each PATCH gets a "…Patch" schema made from its PUT schema, so that
     * typed clients can send one field, or null; its lists may be null, so that a generated client that
     * defaults lists it was not given to empty ones (OpenAPI Generator's Java) defaults them to null instead. A schema that only a PATCH used (one with no PUT) is then left out, so the
     * document names no schema that nothing uses.
     */
    private static void mergePatchSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> usedElsewhere = new HashSet<>();
        schemas.values().forEach(schema -> refs(schema, usedElsewhere));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, op) -> {
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                    if (!(method == PathItem.HttpMethod.PATCH && type.equals(MergePatch.MEDIA_TYPE))) {
                        refs(media.getSchema(), usedElsewhere);
                    }
                });
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().stream()
                        .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                        .forEach(r -> r.getContent().getMediaTypes().values().forEach(media -> refs(media.getSchema(), usedElsewhere)));
            }
            if (op.getParameters() != null) {
                op.getParameters().forEach(parameter -> refs(parameter.getSchema(), usedElsewhere));
            }
        }));
        Set<String> onlyPatched = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation patch = item.getPATCH();
            if (patch == null || patch.getRequestBody() == null || patch.getRequestBody().getContent() == null) {
                return;
            }
            MediaType media = patch.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
            if (media == null || media.getSchema() == null || media.getSchema().getRef() == null) {
                return;
            }
            String whole = media.getSchema().getRef().substring(media.getSchema().getRef().lastIndexOf('/') + 1);
            String name = whole.replaceFirst("Changes$", "") + "Patch";
            Schema source = schemas.get(whole);
            if (source == null) {
                return;
            }
            boolean kept = usedElsewhere.contains(whole);
            if (!kept) {
                onlyPatched.add(whole);
            }
            if (!schemas.containsKey(name)) {
                Schema patchSchema = OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .description("A JSON Merge Patch (RFC 7396)" + (kept ? " of " + whole : "") + ": send only the fields to change; "
                                + "every field is optional, a list given replaces the whole list, null empties a list, and null removes a field that may be absent."
                                + (kept ? " The result must still be a valid " + whole + "." : ""));
                List<String> required = source.getRequired() == null ? List.of() : source.getRequired();
                source.getProperties().forEach((field, property) -> {
                    if (!required.contains(field) && property.getRef() == null) {
                        // null means absent in a whole (PUT) body too, so both schemas say an optional field may be null
                        nullable(property);
                    }
                    Schema patched = copy(property);
                    if (property.getRef() == null && patched.getType() != null && patched.getType().contains(SchemaType.ARRAY)) {
                        nullable(patched); // null empties a list (MergePatch), even one the whole body requires
                    }
                    patchSchema.addProperty(field, patched);
                });
                openAPI.getComponents().addSchema(name, patchSchema);
            }
            media.setSchema(OASFactory.createSchema().ref(name));
        });
        onlyPatched.forEach(openAPI.getComponents()::removeSchema);
    }

    /** Adds the name of every component schema that {@code schema} refers to, at any depth. */
    private static void refs(Schema schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            names.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> refs(p, names));
        }
        refs(schema.getItems(), names);
        refs(schema.getAdditionalPropertiesSchema(), names);
        refs(schema.getNot(), names);
        for (List<Schema> all : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (all != null) {
                all.forEach(s -> refs(s, names));
            }
        }
    }

    /** E-mail addresses are typed as such, wherever a schema has one. */
    private static void emailFormats(Components components) {
        components.getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().forEach((field, property) -> {
                if ((field.equals("email") || field.endsWith("Email")) && property.getRef() == null && property.getFormat() == null) {
                    property.setFormat("email");
                }
            });
        });
    }

    /** A copy that shares no list with its source, so that changing one schema never changes another. */
    private static Schema copy(Schema schema) {
        Schema copy = OASFactory.createSchema();
        schema.getAll().forEach(copy::set);
        if (schema.getType() != null) {
            copy.setType(new ArrayList<>(schema.getType()));
        }
        return copy;
    }

    private static void nullable(Schema schema) {
        if (schema.getType() != null && !schema.getType().contains(SchemaType.NULL)) {
            schema.addType(SchemaType.NULL);
        }
    }

    private static String schemaName(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return null;
        }
        for (MediaType media : response.getContent().getMediaTypes().values()) {
            if (media.getSchema() != null && media.getSchema().getRef() != null) {
                String ref = media.getSchema().getRef();
                return ref.substring(ref.lastIndexOf('/') + 1);
            }
        }
        return null;
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }
}
