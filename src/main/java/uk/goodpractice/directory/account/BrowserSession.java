package uk.goodpractice.directory.account;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser session, and what this service adds to Quarkus's cookie sign-ins (the form at
 * {@code POST /j_security_check}, whose encrypted cookie names the account, and, where configured, the
 * organisation's OpenID Connect provider): a session record in the database, a CSRF token bound to
 * it, and signing out.
 * <p>
 * Each sign-in starts a record ({@link Sessions}) whose random id a second HttpOnly cookie carries.
 * Before authentication, a request with a session cookie is checked against its record: when the
 * record is gone (signed out, account disabled, password reset, idle too long) the cookies are expired
 * and the request goes on as anonymous, so a copied cookie is worthless on every instance at once.
 * <p>
 * The CSRF token is an HMAC, under a key derived from the session encryption key, of the username and
 * the session id; a page on another site can neither read it nor work it out.
 */
@ApplicationScoped
class BrowserSession {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SESSION_ID_COOKIE = "directory-session";
    private static final String OIDC_SESSION_COOKIE = "q_session";
    private static final String ACCOUNT = BrowserSession.class.getName() + ".account";
    static final String NEW_SESSION = BrowserSession.class.getName() + ".new";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sessions sessions;
    private final String sessionCookie;
    private final String signInPath;
    private final Optional<String> encryptionKey;
    private final SecretKeySpec key;

    BrowserSession(Sessions sessions,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String sessionCookie,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String signInPath,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> encryptionKey) {
        this.sessions = sessions;
        this.sessionCookie = sessionCookie;
        this.signInPath = signInPath;
        this.encryptionKey = encryptionKey;
        // without a configured key (dev and test only, see requireKeyInProduction) Quarkus uses a key of its own for
        // this process: so do we
        byte[] secret = encryptionKey.map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> randomBytes(32));
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret, "HmacSHA256"), "directory-csrf-token"), "HmacSHA256");
    }

    /**
     * Without a configured key Quarkus would make one up at the first sign-in and write it to the log,
     * where anyone who reads the log could forge a session for any account; and every restart would sign
     * everyone out. So production does not start without one: DIRECTORY_SESSION_KEY, or the key kept in
     * the data directory ({@link SessionKeyConfigSource}).
     */
    void requireKeyInProduction(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (encryptionKey.isEmpty() || encryptionKey.get().length() < 16) {
            throw new IllegalStateException("Set DIRECTORY_SESSION_KEY to a secret of at least 16 characters (e.g. the output of "
                    + "'openssl rand -base64 32'), the same on every instance: it encrypts the sign-in cookies");
        }
    }

    void sessionRoutes(@Observes Router router) {
        // first of all: a session cookie counts only while its record lives
        router.route().order(-SecurityHandlerPriorities.AUTHENTICATION - 3).handler(this::requireLiveSession);
        // after authentication: the account the cookie names must be the session's own
        router.route().order(-SecurityHandlerPriorities.AUTHENTICATION + 2).handler(this::requireSessionsOwnAccount);
        // after authentication: the form mechanism ends every sign-in that had both fields, so this one lacked one
        router.post(signInPath).order(-SecurityHandlerPriorities.FORM_AUTHENTICATION - 1).handler(
                ctx -> ctx.fail(new AuthenticationFailedException("The form lacks j_username or j_password")));
    }

    private void requireLiveSession(RoutingContext ctx) {
        List<String> cookies = sessionCookies(ctx);
        if (cookies.isEmpty()) {
            ctx.next();
            return;
        }
        Cookie id = ctx.request().getCookie(SESSION_ID_COOKIE);
        String value = id == null ? null : id.getValue();
        ctx.vertx().executeBlocking(() -> sessions.liveAccount(value), false).onComplete(live -> {
            if (live.failed()) {
                ctx.fail(live.cause());
                return;
            }
            if (live.result().isPresent()) {
                ctx.put(ACCOUNT, live.result().get());
            } else {
                // expired on the response, and empty for the mechanisms that read them next: the request is anonymous
                cookies.forEach(name -> ctx.response().removeCookie(name));
                if (id != null) {
                    ctx.response().removeCookie(SESSION_ID_COOKIE);
                }
            }
            ctx.next();
        });
    }

    private void requireSessionsOwnAccount(RoutingContext ctx) {
        String account = ctx.get(ACCOUNT);
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (account != null && identity != null && !identity.isAnonymous() && !authenticatedByHeader(ctx, identity)
                && !account.equals(identity.getPrincipal().getName())) {
            sessionCookies(ctx).forEach(name -> ctx.response().removeCookie(name));
            ctx.response().removeCookie(SESSION_ID_COOKIE);
            ctx.fail(new AuthenticationFailedException("The session cookies belong to different sign-ins"));
            return;
        }
        ctx.next();
    }

    /**
     * Called once a sign-in succeeded: its session record exists, and the response carries the record's
     * id. After the organisation's provider the cookie is SameSite=Lax, like the provider session cookie
     * it goes with: the browser arrives from the provider's site, and a Strict cookie would be missing
     * from the redirects that follow, which would look like an ended session. CSRF is still refused by
     * the token every change must carry.
     */
    void started(RoutingContext ctx, String id, boolean fromProvider) {
        ctx.put(NEW_SESSION, id);
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() < 400) {
                Cookie cookie = cookie(SESSION_ID_COOKIE, id, ctx);
                ctx.response().addCookie(fromProvider ? cookie.setSameSite(CookieSameSite.LAX) : cookie);
            }
        });
    }

    boolean isSignIn(RoutingContext ctx) {
        return "POST".equals(ctx.request().method().name()) && signInPath.equals(ctx.normalizedPath());
    }

    /**
     * Whether this request proved who it is with its own Authorization header (HTTP Basic checked by
     * {@link SignInGate}, or a bearer token), which no browser adds to another site's forged request.
     * Merely carrying an Authorization header does not count.
     */
    static boolean authenticatedByHeader(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return false;
        }
        if (Boolean.TRUE.equals(ctx.get(SignInGate.BASIC_AUTHENTICATED))) {
            return true;
        }
        TokenCredential token = identity.getCredential(TokenCredential.class);
        return token != null && "bearer".equalsIgnoreCase(token.getType()) && identity.getCredentials().stream()
                .noneMatch(c -> c.getClass().getSimpleName().equals("IdTokenCredential"));
    }

    /** Whether a request is signed in by a live browser session rather than by its own Authorization header. */
    boolean isCookieSession(RoutingContext ctx, SecurityIdentity identity) {
        return ctx.get(ACCOUNT) != null && !identity.isAnonymous() && !authenticatedByHeader(ctx, identity);
    }

    String sessionCookie() {
        return sessionCookie;
    }

    /** The CSRF token of this request's session. */
    String csrfToken(RoutingContext ctx, SecurityIdentity identity) {
        Cookie id = ctx.request().getCookie(SESSION_ID_COOKIE);
        return id == null || id.getValue().isEmpty() ? null : token(identity.getPrincipal().getName(), id.getValue());
    }

    boolean isValidCsrfToken(String presented, String username, String sessionId) {
        if (presented == null || sessionId == null || sessionId.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token(username, sessionId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Ends the session: its record is deleted, so its cookies are refused on every instance from now on,
     * and the browser is told to drop them (the form mechanism may have renewed its cookie on this very
     * request, which this replaces). Runs blocking.
     */
    void signOut(RoutingContext ctx) {
        Cookie id = ctx.request().getCookie(SESSION_ID_COOKIE);
        sessions.end(id == null ? null : id.getValue());
        ctx.response().addCookie(cookie(sessionCookie, "", ctx).setMaxAge(0));
        ctx.response().addCookie(cookie(SESSION_ID_COOKIE, "", ctx).setMaxAge(0));
        for (String name : sessionCookies(ctx)) {
            if (!name.equals(sessionCookie)) {
                ctx.response().addCookie(cookie(name, "", ctx).setMaxAge(0));
            }
        }
    }

    private List<String> sessionCookies(RoutingContext ctx) {
        return ctx.request().cookies().stream().map(Cookie::getName)
                .filter(name -> name.equals(sessionCookie) || name.startsWith(OIDC_SESSION_COOKIE)).distinct().toList();
    }

    private String token(String username, String sessionId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, username + "\n" + sessionId));
    }

    private static Cookie cookie(String name, String value, RoutingContext ctx) {
        // Secure whenever the browser reached us over HTTPS (behind a proxy: with proxy-address-forwarding on)
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(ctx.request().isSSL());
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
