package uk.goodpractice.directory.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * Checks a username and password against the accounts table, for both HTTP Basic and the form
 * sign-in (each hands Quarkus a {@link UsernamePasswordAuthenticationRequest}). Quarkus's own security
 * calls it; this is the part quarkus-security-jpa would otherwise generate.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    private final SignInThrottle throttle;

    public AccountIdentityProvider(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String client = http == null || http.request().remoteAddress() == null ? "" : http.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> check(request.getUsername(), new String(request.getPassword().getPassword()), client));
    }

    private SecurityIdentity check(String username, String password, String client) {
        throttle.requireAllowed(username, client);
        Account account = QuarkusTransaction.requiringNew()
                .call(() -> Account.<Account>find("username", username).firstResult());
        if (!Passwords.matches(password, account == null ? null : account.password)) {
            throttle.failed(username, client);
            throw new AuthenticationFailedException("Wrong username or password");
        }
        return identity(account);
    }

    static SecurityIdentity identity(Account account) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username));
        Arrays.stream(account.roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(identity::addRole);
        return identity.build();
    }
}
