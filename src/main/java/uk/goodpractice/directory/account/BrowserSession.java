package uk.goodpractice.directory.account;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser session, and what this service adds to Quarkus's form authentication (which signs in
 * at {@code POST /j_security_check} and keeps the account in an encrypted, HttpOnly cookie): a CSRF
 * token bound to the session, and signing out.
 * <p>
 * The token is an HMAC, under a key derived from the session encryption key, of the username and a
 * random nonce that a second HttpOnly cookie carries. The nonce is new at every sign-in, so a token
 * is worthless once its session ends, and a page on another site can neither read it nor work it out.
 */
@ApplicationScoped
public class BrowserSession {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String NONCE_COOKIE = "directory-csrf-nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String sessionCookie;
    private final String signInPath;
    private final Optional<String> encryptionKey;
    private final SecretKeySpec key;

    BrowserSession(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String sessionCookie,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String signInPath,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> encryptionKey) {
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

    void signInRoutes(@Observes Router router) {
        // before authentication: a successful sign-in (the form mechanism answers it with 200) starts a new nonce
        router.post(signInPath).order(-SecurityHandlerPriorities.AUTHENTICATION - 1).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() == 200) {
                    ctx.response().addCookie(cookie(NONCE_COOKIE, newNonce(), ctx));
                }
            });
            ctx.next();
        });
        // after authentication: the form mechanism ends every sign-in that had both fields, so this one lacked one
        router.post(signInPath).order(-SecurityHandlerPriorities.FORM_AUTHENTICATION - 1).handler(
                ctx -> ctx.fail(new AuthenticationFailedException("The form lacks j_username or j_password")));
    }

    /**
     * Whether a request is signed in by the session cookie. A request with an Authorization header
     * (Basic or Bearer) is not: a browser never adds that header to another site's forged request.
     */
    boolean isCookieSession(String authorization, boolean hasSessionCookie, SecurityIdentity identity) {
        return authorization == null && hasSessionCookie && !identity.isAnonymous();
    }

    String sessionCookie() {
        return sessionCookie;
    }

    /** The CSRF token of this session; a session from before nonces existed gets one now. */
    String csrfToken(RoutingContext ctx, SecurityIdentity identity) {
        Cookie nonce = ctx.request().getCookie(NONCE_COOKIE);
        String value = nonce == null ? null : nonce.getValue();
        if (value == null || value.isEmpty()) {
            value = newNonce();
            ctx.response().addCookie(cookie(NONCE_COOKIE, value, ctx));
        }
        return token(identity.getPrincipal().getName(), value);
    }

    boolean isValidCsrfToken(String presented, String username, String nonce) {
        if (presented == null || nonce == null || nonce.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token(username, nonce).getBytes(StandardCharsets.UTF_8));
    }

    /** Expires both cookies; the form mechanism may have renewed the session cookie on this very request, which this replaces. */
    void signOut(RoutingContext ctx) {
        ctx.response().addCookie(cookie(sessionCookie, "", ctx).setMaxAge(0));
        ctx.response().addCookie(cookie(NONCE_COOKIE, "", ctx).setMaxAge(0));
    }

    private String token(String username, String nonce) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, username + "\n" + nonce));
    }

    private static Cookie cookie(String name, String value, RoutingContext ctx) {
        // Secure whenever the browser reached us over HTTPS (behind a proxy: with proxy-address-forwarding on)
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(ctx.request().isSSL());
    }

    private static String newNonce() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
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
