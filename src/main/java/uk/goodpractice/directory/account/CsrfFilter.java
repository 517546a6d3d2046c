package uk.goodpractice.directory.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.goodpractice.directory.common.ApiException;

/**
 * Cross-site request forgery: a browser sends the session cookie with any request to this site,
 * including one that another site's page makes it send. So a change made with the cookie must also
 * carry the session's token in {@value BrowserSession#CSRF_HEADER}, which only our own pages can read
 * (from {@code GET /api/v1/me}). A request that proved who it is with its own HTTP Basic password or
 * bearer token needs none (no browser adds those to another site's request); merely carrying some
 * Authorization header does not excuse it.
 * <p>
 * Kept rather than quarkus-rest-csrf (which resolves on Quarkus 3.33): that extension guards HTML
 * form posts with a double-submit cookie that is not tied to the session, checks every request that
 * has a form body regardless of how it authenticated, and would ask the same token of API clients
 * and anonymous suggestions. This API's cookie writes are JSON from our own pages, and its token must
 * die with the session record on every instance, which an HMAC of the session id does.
 */
class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final BrowserSession session;
    private final SecurityIdentity identity;

    public CsrfFilter(BrowserSession session, SecurityIdentity identity) {
        this.session = session;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void requireCsrfToken(ContainerRequestContext request, RoutingContext http) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        if (!session.isCookieSession(http, identity)) {
            return;
        }
        String presented = request.getHeaderString(BrowserSession.CSRF_HEADER);
        if (presented == null || presented.isBlank()) {
            throw new CsrfTokenRejected("This change was made with the sign-in cookie but without the " + BrowserSession.CSRF_HEADER
                    + " header: send the csrfToken from GET /api/v1/me in it");
        }
        Cookie id = request.getCookies().get(BrowserSession.SESSION_ID_COOKIE);
        if (!session.isValidCsrfToken(presented.trim(), identity.getPrincipal().getName(), id == null ? null : id.getValue())) {
            throw new CsrfTokenRejected("The " + BrowserSession.CSRF_HEADER
                    + " header does not match this session (it may be from an earlier sign-in): fetch GET /api/v1/me again and use its csrfToken");
        }
    }

    /** 403: a change made with the session cookie lacks the session's CSRF token. */
    static class CsrfTokenRejected extends ApiException {
        CsrfTokenRejected(String detail) {
            super(403, "csrf-token", "Missing or invalid CSRF token", detail);
        }
    }
}
