package uk.goodpractice.directory.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Starts a session record when a browser has just signed in: with the form ({@code POST
 * /j_security_check}) or, where configured, on its return from the organisation's OpenID Connect
 * provider (the callback that carries {@code code} and {@code state}). Quarkus calls augmentors once
 * an identity is established, before the sign-in is answered, so the record exists before the browser
 * can use its cookie.
 */
@ApplicationScoped
class NewSessions implements SecurityIdentityAugmentor {

    private final Sessions sessions;
    private final BrowserSession browser;

    NewSessions(Sessions sessions, BrowserSession browser) {
        this.sessions = sessions;
        this.browser = browser;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (ctx == null) {
            ctx = HttpSecurityUtils.getRoutingContextAttribute(identity);
        }
        if (ctx == null || identity.isAnonymous() || ctx.get(BrowserSession.NEW_SESSION) != null || !isFreshSignIn(ctx, identity)) {
            return Uni.createFrom().item(identity);
        }
        RoutingContext http = ctx;
        boolean fromProvider = !browser.isSignIn(ctx);
        return context.runBlocking(() -> {
            browser.started(http, sessions.start(identity.getPrincipal().getName()), fromProvider);
            return identity;
        });
    }

    private boolean isFreshSignIn(RoutingContext ctx, SecurityIdentity identity) {
        if (browser.isSignIn(ctx)) {
            return true;
        }
        // an OpenID Connect code-flow callback: the identity comes from an ID token just exchanged for the code
        return ctx.request().getParam("code") != null && ctx.request().getParam("state") != null
                && identity.getAttribute("tenant-id") != null && identity.getCredentials().stream()
                        .anyMatch(c -> c.getClass().getSimpleName().equals("IdTokenCredential"));
    }
}
