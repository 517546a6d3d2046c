package uk.goodpractice.directory.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.goodpractice.directory.common.ApiException;

/**
 * Cross-site request forgery: a browser sends the session cookie with any request to this site,
 * including one that another site's page makes it send. So a change made with the cookie must also
 * carry the session's token in {@value BrowserSession#CSRF_HEADER}, which only our own pages can read
 * (from {@code GET /api/v1/me}). Basic and Bearer requests need none: no browser adds those headers
 * on its own.
 * <p>
 * Hand-written rather than quarkus-rest-csrf, which is missing from the registry reachable here and
 * would not fit anyway: it guards form posts with a double-submit cookie that is not tied to the
 * session, and would ask the same of API clients and anonymous suggestions.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final BrowserSession session;
    private final SecurityIdentity identity;

    public CsrfFilter(BrowserSession session, SecurityIdentity identity) {
        this.session = session;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void requireCsrfToken(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        boolean hasSessionCookie = request.getCookies().containsKey(session.sessionCookie());
        if (!session.isCookieSession(request.getHeaderString(HttpHeaders.AUTHORIZATION), hasSessionCookie, identity)) {
            return;
        }
        String presented = request.getHeaderString(BrowserSession.CSRF_HEADER);
        if (presented == null || presented.isBlank()) {
            throw new CsrfTokenRejected("This change was made with the sign-in cookie but without the " + BrowserSession.CSRF_HEADER
                    + " header: send the csrfToken from GET /api/v1/me in it");
        }
        Cookie nonce = request.getCookies().get(BrowserSession.NONCE_COOKIE);
        if (!session.isValidCsrfToken(presented.trim(), identity.getPrincipal().getName(), nonce == null ? null : nonce.getValue())) {
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
