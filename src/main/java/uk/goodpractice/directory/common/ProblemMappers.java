package uk.goodpractice.directory.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper family: every error leaves the service as application/problem+json,
 * with a stable title and never a stack trace, SQL text or class name.
 */
class ProblemMappers {

    /**
     * Problem types are relative URI references (RFC 9457 allows them): the service has no domain of its own
     * that every deployment shares, and a made-up one would be a promise nobody keeps.
     */
    public static final String TYPE_BASE = "/problems/";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private final HttpProblems http;

    public ProblemMappers(HttpProblems http) {
        this.http = http;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        Response r = problem(e.status(), e.problemType(), e.title(), e.getMessage(), uri, e.errors());
        if (e instanceof ApiException.TooManyRequests tm) {
            return Response.fromResponse(r).header("Retry-After", tm.retryAfterSeconds()).build();
        }
        return e instanceof ApiException.PreconditionFailed pf && pf.currentEtag() != null
                ? Response.fromResponse(r).header(HttpHeaders.ETAG, pf.currentEtag()).build() : r;
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthorizedAccess(io.quarkus.security.UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "Your account does not have the role this needs", uri, null);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response badJson(com.fasterxml.jackson.core.JsonProcessingException e, UriInfo uri) {
        return apiException(new ApiException.InvalidBody(List.of(JsonErrors.describe(e))), uri);
    }

    private static Response unauthorized(UriInfo uri, HttpHeaders headers) {
        Response problem = problem(401, "unauthenticated", "Sign in required", "Sign in as an editor to change the directory", uri, null);
        // A Basic challenge makes browsers open their own password dialog, even over a script's fetch; the web
        // pages sign in with their form instead, so their requests (marked by Fetch Metadata) get no challenge.
        String fetchMode = headers.getHeaderString("Sec-Fetch-Mode");
        boolean browserScript = fetchMode != null && !"navigate".equals(fetchMode) || headers.getHeaderString("X-Requested-With") != null;
        return browserScript ? problem
                : Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Good Practice Directory\"").build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        // request bodies are records; query-parameter beans are classes
        boolean body = e.getConstraintViolations().stream().anyMatch(v -> isBody(v));
        if (body) {
            List<ProblemDetail.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new ProblemDetail.FieldError(null, pointer(v), v.getMessage()))
                    .distinct()
                    .sorted(Comparator.comparing(ProblemDetail.FieldError::pointer))
                    .toList();
            return apiException(new ApiException.InvalidBody(errors), uri);
        }
        List<ProblemDetail.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> ProblemDetail.FieldError.parameter(parameterName(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(ProblemDetail.FieldError::parameter))
                .toList();
        return apiException(new ApiException.InvalidParameter(errors), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Resource not found", "Nothing is published at this address", uri, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response r = problem(405, "method-not-allowed", "Method not allowed",
                "This address does not support that HTTP method", uri, null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && uri != null) {
            allow = AllowedMethods.forPath(uri.getRequestUri().getRawPath());
        }
        return allow == null ? r : Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
    }

    /** What a CSV export's 406 says: an export is CSV only, whatever else the client would take. */
    static final String CSV_NOT_ACCEPTABLE = "This address answers text/csv only (errors as application/problem+json): "
            + "send Accept: text/csv, or */* beside the types you prefer";

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        // the exports (…/*.csv) are CSV; every other address is JSON
        boolean csv = uri != null && uri.getPath().endsWith(".csv");
        return problem(406, "not-acceptable", "Not acceptable", csv ? CSV_NOT_ACCEPTABLE
                : "This address can only answer with application/json (errors as application/problem+json)", uri, null);
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return problem(415, "unsupported-media-type", "Unsupported media type",
                "This address does not accept a body of that media type", uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return badJson(json, uri); // the body reader's own 400 for JSON it could not parse
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return internal(uri);
        }
        if (status == 413) {
            // a body without Content-Length that turned out too long while being read
            return problem(413, "payload-too-large", "Payload too large",
                    "A request body may be at most " + http.maxBodySize() + "; this one is larger", uri, null);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Bad request" : known.getReasonPhrase();
        return problem(status, "http-" + status, title, title, uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (lostToAConcurrentChange(e)) {
            // a version checked only at commit (a write the service did not flush itself) lost to another save
            return apiException(new ApiException.PreconditionFailed(null), uri);
        }
        if (RaceRetry.lostAtTheDatabase(e)) {
            // still losing after running again (RaceRetry): the other request's change stands
            return apiException(new ApiException.Conflict("Another change to the same records was saved at the same moment and this one"
                    + " could not be applied on top of it; nothing was changed. Reload and try again."), uri);
        }
        LOG.error("Unexpected error", e);
        return internal(uri);
    }

    /** Whether an optimistic lock failed anywhere in the cause chain (the commit wraps it). */
    static boolean lostToAConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static Response internal(UriInfo uri) {
        return problem(500, "internal-error", "Internal server error",
                "The service could not answer this request; the error has been logged", uri, null);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<ProblemDetail.FieldError> errors) {
        String instance = null;
        try {
            instance = uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException noAbsoluteAddress) {
            // a request the HTTP layer could not give an absolute address: the problem is still answered
        }
        return Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail(TYPE_BASE + type, title, status, detail, instance, errors))
                .build();
    }

    private static boolean isBody(ConstraintViolation<?> v) {
        return v.getLeafBean() != null && v.getLeafBean().getClass().isRecord();
    }

    /**
     * "createInitiative.request.links[0].url" (a resource's parameter) and "links[0].url" (a body a
     * service validates) both become "/links/0/url"; a null body becomes "".
     */
    static String pointer(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                sb.setLength(0);
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                sb.append('/').append(node.getName());
            }
        }
        return sb.toString();
    }

    /** The last node of a violation path is the parameter or bean field, named as the query parameter is. */
    private static String parameterName(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                name = node.getName();
            }
        }
        return name;
    }
}
