package uk.goodpractice.directory.common;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import java.util.TreeMap;

/**
 * Documents once, instead of on each resource method, what every operation can answer: the errors
 * 405, 406 and 500, 413 where a body is sent, for reads the ETag and Cache-Control headers and 304
 * Not Modified, and for changes that need an account the other ways to sign in (session cookie with
 * its X-CSRF-Token header, bearer token). It also documents the form sign-in, which is Quarkus's
 * own route rather than a resource method. It runs when the application is built, with the scanner's
 * index, so that each operation's words come from its method's Javadoc ({@link OperationText}) and the
 * error answers its method's shape implies are added by rule ({@link AnswersByShape}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CommonErrorResponses implements OASFilter {

    static final String SESSION_SCHEME = "session";
    static final String BEARER_SCHEME = "bearer";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private static final String MAX_BODY = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
            .map(size -> HttpProblems.describeSize(new MemorySizeConverter().convert(size).asLongValue())).orElse("the limit");
    private static final Map<String, String[]> COMMON = new TreeMap<>(Map.of(
            "405", new String[] {"The HTTP method is not supported at this address", "method-not-allowed", "Method not allowed",
                    "This address does not support that HTTP method"},
            "406", new String[] {"The Accept header asks for a media type other than JSON", "not-acceptable", "Not acceptable",
                    "This address can only answer with application/json (errors as application/problem+json)"},
            "500", new String[] {"The service failed; no detail of the failure is disclosed", "internal-error", "Internal server error",
                    "The service could not answer this request; the error has been logged"}));

    private static final String[] CSV_NOT_ACCEPTABLE = {"The Accept header takes neither text/csv nor */*", "not-acceptable",
            "Not acceptable", ProblemMappers.CSV_NOT_ACCEPTABLE};

    /**
     * The usual problem for a status: a resource's {@code @APIResponse} that gives only the status and
     * what it means there (no content) is completed with problem+json and this example, so each
     * resource method names its 404 or 409 in one line instead of repeating the same content. A problem+json
     * content that gives its own example and no schema gets the Problem schema.
     */
    private static final Map<String, String[]> USUAL_PROBLEMS = Map.of(
            "400", new String[] {"bad-parameter", ApiExamples.INVALID_PARAMETER},
            "404", new String[] {"not-found", ApiExamples.NOT_FOUND},
            "409", new String[] {"conflict", ApiExamples.CONFLICT});

    /** Each resource method by its operationId, from the classes as the contract's scanner saw them: what a method says decides what its operation says. */
    private final Map<String, MethodInfo> methods;

    public CommonErrorResponses(IndexView index) {
        this.methods = OperationText.resourceMethods(index);
    }

    private static void completeUsualProblems(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            String[] usual = USUAL_PROBLEMS.get(status);
            if (usual != null && response.getRef() == null && response.getContent() == null) {
                // examples before schema: the order the annotation scanner writes them in
                response.content(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, OASFactory.createMediaType()
                        .addExample(usual[0], ApiExamples.example(usual[1])).schema(OASFactory.createSchema().ref("Problem"))));
            }
            MediaType problem = response.getContent() == null ? null : response.getContent().getMediaType(ProblemDetail.MEDIA_TYPE);
            if (problem != null && problem.getSchema() == null) {
                // a problem+json answer that names only its example: the schema is always Problem
                problem.setSchema(OASFactory.createSchema().ref("Problem"));
            }
        });
    }

    private static boolean answersCsv(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        return ok != null && ok.getContent() != null && ok.getContent().getMediaTypes() != null
                && ok.getContent().getMediaTypes().containsKey("text/csv");
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        MethodInfo method = methods.get(operation.getOperationId());
        if (method != null) {
            AnswersByShape.add(operation, method);
        }
        completeUsualProblems(operation);
        boolean csv = answersCsv(operation);
        COMMON.forEach((status, text) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, response(status, csv && status.equals("406") ? CSV_NOT_ACCEPTABLE : text));
            }
        });
        if (operation.getRequestBody() != null && operation.getResponses().getAPIResponse("413") == null) {
            operation.getResponses().addAPIResponse("413", problemResponse("The body is larger than " + MAX_BODY,
                    "payload-too-large", ApiExamples.PAYLOAD_TOO_LARGE));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OperationText.apply(openAPI, methods);
        Components components = openAPI.getComponents();
        components.addSecurityScheme(SESSION_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("quarkus-credential")
                .description("The web pages' session, started by POST /j_security_check (HttpOnly, SameSite=Strict, 30 minutes idle), "
                        + "together with the directory-session cookie that names its record on the server; POST /api/v1/sign-out ends it "
                        + "on every instance. Every POST, PUT, PATCH and DELETE made with it must send the X-CSRF-Token header (csrfToken of GET /api/v1/me)."));
        components.addSecurityScheme(BEARER_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token from the configured identity provider (e.g. Microsoft Entra ID), with app roles "
                        + "editor or admin in its roles claim. Refused unless the service is configured for it."));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (secured) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SESSION_SCHEME));
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER_SCHEME));
            }
            if (path.startsWith("/api/")) {
                documentUnknownParameters(operation);
                documentRefusedCredentials(operation);
                documentThrottle(operation);
            }
            if (CHANGES.contains(method.name()) && (secured || path.endsWith("/sign-out"))) {
                documentCsrf(operation);
            }
        }));
        openAPI.getPaths().addPathItem("/j_security_check", OASFactory.createPathItem().POST(signIn()));
        OpenApiConventions.apply(openAPI);
    }

    /** A query parameter an operation does not take is refused by {@link KnownParameters}, on every operation. */
    private static void documentUnknownParameters(Operation operation) {
        APIResponse bad = operation.getResponses().getAPIResponse("400");
        if (bad == null) {
            operation.getResponses().addAPIResponse("400", problemResponse(
                    "A query parameter this operation does not take: each is named, with the closest one it does take",
                    "unknown-parameter", ApiExamples.UNKNOWN_PARAMETER));
        } else if (bad.getRef() == null && bad.getContent() != null && bad.getContent().getMediaType(ProblemDetail.MEDIA_TYPE) != null) {
            bad.description(bad.getDescription() + "; or a query parameter this operation does not take (named, with the closest one it does take)");
            bad.getContent().getMediaType(ProblemDetail.MEDIA_TYPE).addExample("unknown-parameter", ApiExamples.example(ApiExamples.UNKNOWN_PARAMETER));
        }
    }

    /** Any request that carries credentials is signed in first, public reads too: a wrong password or token is a 401 there as well. */
    private static void documentRefusedCredentials(Operation operation) {
        if (operation.getResponses().getAPIResponse("401") == null) {
            operation.getResponses().addAPIResponse("401", problemResponse(
                    "Credentials were sent and refused (a wrong password, or a bearer token not accepted here); "
                            + "anonymous requests never get this", "sign-in-failed", ApiExamples.SIGN_IN_FAILED_ON_READ));
        }
    }

    /**
     * A password sign-in (HTTP Basic here) from an address that has failed too often lately waits a while;
     * a password over 72 bytes is refused unchecked.
     */
    private static void documentThrottle(Operation operation) {
        APIResponse bad = operation.getResponses().getAPIResponse("400");
        if (bad == null) {
            operation.getResponses().addAPIResponse("400", problemResponse("The HTTP Basic password is over 72 bytes, so it cannot be right",
                    "password-too-long", ApiExamples.PASSWORD_TOO_LONG));
        } else if (bad.getRef() == null && bad.getContent() != null && bad.getContent().getMediaType(ProblemDetail.MEDIA_TYPE) != null) {
            bad.description(bad.getDescription() + "; or an HTTP Basic password over 72 bytes, which cannot be right");
            bad.getContent().getMediaType(ProblemDetail.MEDIA_TYPE).addExample("password-too-long", ApiExamples.example(ApiExamples.PASSWORD_TOO_LONG));
        }
        if (operation.getResponses().getAPIResponse("429") == null) {
            APIResponse tooMany = problemResponse("Too many failed sign-ins from this address lately, or too many at once: "
                    + "Retry-After gives the seconds to wait", "too-many-sign-ins", ApiExamples.TOO_MANY_SIGN_INS);
            tooMany.addHeader("Retry-After", OASFactory.createHeader().description("Seconds until a sign-in is allowed again")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
            operation.getResponses().addAPIResponse("429", tooMany);
        }
    }

    private static void documentCsrf(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name("X-CSRF-Token").in(Parameter.In.HEADER).required(false)
                .description("Required when signed in with the session cookie: the csrfToken of GET /api/v1/me. "
                        + "Not needed with HTTP Basic or a bearer token.")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
        APIResponse forbidden = operation.getResponses().getAPIResponse("403");
        if (forbidden == null) {
            operation.getResponses().addAPIResponse("403", problemResponse(
                    "Signed in with the session cookie, but the X-CSRF-Token header is missing or wrong", "csrf", ApiExamples.CSRF_TOKEN_MISSING));
        } else if (forbidden.getContent() != null && forbidden.getContent().getMediaType(ProblemDetail.MEDIA_TYPE) != null) {
            forbidden.description(forbidden.getDescription() + "; or, signed in with the session cookie, the X-CSRF-Token header is missing or wrong");
            forbidden.getContent().getMediaType(ProblemDetail.MEDIA_TYPE).addExample("csrf", ApiExamples.example(ApiExamples.CSRF_TOKEN_MISSING));
        }
    }

    private Operation signIn() {
        var form = OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT)
                .addRequired("j_username").addRequired("j_password")
                .addProperty("j_username", OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .example("a.editor"))
                .addProperty("j_password", OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .format("password"));
        Operation op = OASFactory.createOperation()
                .operationId("signIn")
                .addTag("Accounts")
                .summary("Sign in (web pages)")
                .description("Quarkus form authentication for the web pages. Answers 200 with no body and sets the session cookie "
                        + "quarkus-credential (encrypted, HttpOnly, SameSite=Strict, Secure over HTTPS; signed out after 30 minutes "
                        + "without a request), never a redirect. Then read GET /api/v1/me for the csrfToken that changes must send "
                        + "in X-CSRF-Token. Scripts should use HTTP Basic instead. Failed sign-ins slow their address down (429 with "
                        + "Retry-After); no account is ever locked.")
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType("application/x-www-form-urlencoded", OASFactory.createMediaType().schema(form))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Signed in; the session cookie is set")
                                .addHeader("Set-Cookie", OASFactory.createHeader()
                                        .description("quarkus-credential=...; Path=/; HttpOnly; SameSite=Strict (and Secure over HTTPS), and directory-session likewise")
                                        .schema(OASFactory.createSchema().addType(
                                                org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))))
                        .addAPIResponse("400", problemResponse("The password is over 72 bytes, so it cannot be right",
                                "password-too-long", ApiExamples.PASSWORD_TOO_LONG))
                        .addAPIResponse("401", problemResponse("Wrong username or password, or a field is missing",
                                "sign-in-failed", ApiExamples.SIGN_IN_FAILED))
                        .addAPIResponse("415", problemResponse("The body is not a form (e.g. JSON)",
                                "not-a-form", ApiExamples.SIGN_IN_NOT_A_FORM)));
        documentThrottle(op);
        return filterOperation(op);
    }

    private static APIResponse problemResponse(String description, String exampleName, String exampleJson) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))
                .addExample(exampleName, ApiExamples.example(exampleJson));
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, media));
    }


    @Override
    public org.eclipse.microprofile.openapi.models.PathItem filterPathItem(org.eclipse.microprofile.openapi.models.PathItem item) {
        Operation read = item.getGET();
        APIResponse ok = read == null || read.getResponses() == null ? null : read.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", OASFactory.createHeader()
                    .description("A strong validator of this body; send it back in If-None-Match to get 304 when nothing changed")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
            ok.addHeader("Cache-Control", OASFactory.createHeader()
                    .description("Caches may keep a read for a minute, then must revalidate")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
            read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the If-None-Match header named the current ETag, so no body is sent"));
        }
        return item;
    }

    private static APIResponse response(String status, String[] text) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemMappers.TYPE_BASE + text[1]);
        example.put("title", text[2]);
        example.put("status", Integer.valueOf(status));
        example.put("detail", text[3]);
        example.put("instance", "/api/v1/initiatives");
        Example ex = OASFactory.createExample().value(example);
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample(text[1], ex);
        return OASFactory.createAPIResponse().description(text[0])
                .content(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, media));
    }
}
