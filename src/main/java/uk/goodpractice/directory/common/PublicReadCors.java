package uk.goodpractice.directory.common;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Cross-origin reads: local authority systems and other sites read the public API from their own
 * pages. Every public {@code GET} and {@code HEAD} under {@code /api/v1} may be read by a page from
 * any origin, without credentials; writes, and reads that need a role, get no CORS headers at all,
 * so a browser never lets another origin's page see or make them. (The sign-in cookie is
 * {@code SameSite=Strict} and {@code *} never admits credentials, so a cross-origin read is always
 * anonymous.)
 * <p>
 * {@code Access-Control-Allow-Origin} is always {@code *} and is sent whether or not the request
 * carries {@code Origin}, so a response never varies by origin and needs no {@code Vary: Origin}:
 * a shared cache can hand the same bytes to every site. Hand-written rather than
 * {@code quarkus.http.cors}, which applies one policy to every path and method, and answers a
 * disallowed cross-origin request with 403 rather than simply not admitting it.
 */
public class PublicReadCors {

    static final String PREFIX = "/api/v1/";
    /** Non-safelisted request headers a reading page may send: conditional GETs. */
    static final Set<String> ALLOWED_REQUEST_HEADERS = Set.of("if-none-match", "if-modified-since");
    /** Response headers beyond the CORS-safelisted ones that a reading page needs. */
    public static final String EXPOSED = "ETag, Link";
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    public static final String ANY_ORIGIN = "*";
    static final String MAX_AGE = "86400";

    /** A preflight for a read: answered here, before any resource runs. */
    @ServerRequestFilter(preMatching = true)
    public Response preflight(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod()) || request.getHeaderString("Origin") == null
                || !request.getUriInfo().getRequestUri().getPath().startsWith(PREFIX)) {
            return null;
        }
        String method = request.getHeaderString("Access-Control-Request-Method");
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            // a preflight for a write: no CORS headers, so the browser never sends it
            return null;
        }
        String requested = request.getHeaderString("Access-Control-Request-Headers");
        if (requested != null && !requested.isBlank() && !Arrays.stream(requested.split(","))
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).allMatch(ALLOWED_REQUEST_HEADERS::contains)) {
            // e.g. Authorization: reading needs none, and a credentialed read is not offered across origins
            return null;
        }
        Response.ResponseBuilder ok = Response.noContent()
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD")
                .header("Access-Control-Max-Age", MAX_AGE);
        if (requested != null && !requested.isBlank()) {
            ok.header("Access-Control-Allow-Headers", requested);
        }
        return ok.build();
    }

    /** A public read's answer (200, 304 or a problem) may be read by any origin. */
    @ServerResponseFilter
    public void allowPublicReads(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)
                || !request.getUriInfo().getRequestUri().getPath().startsWith(PREFIX)
                || needsARole(resource)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(ALLOW_ORIGIN, ANY_ORIGIN);
        headers.putSingle(EXPOSE_HEADERS, EXPOSED);
    }

    private static boolean needsARole(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            // no operation matched (e.g. an unknown path's 404): nothing is revealed by letting it be read
            return false;
        }
        return secured(method) || secured(resource.getResourceClass());
    }

    private static boolean secured(AnnotatedElement element) {
        return element != null && (element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(Authenticated.class));
    }
}
