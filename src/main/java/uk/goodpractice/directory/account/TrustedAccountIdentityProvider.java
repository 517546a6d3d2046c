package uk.goodpractice.directory.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores a browser session: after a form sign-in, Quarkus's encrypted session cookie names the
 * account, and each request asks this provider for it. The account's roles are read afresh, so a
 * change of roles applies to open sessions at once.
 */
@ApplicationScoped
public class TrustedAccountIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Account account = QuarkusTransaction.requiringNew()
                    .call(() -> Account.<Account>find("username", request.getPrincipal()).firstResult());
            if (account == null) {
                throw new AuthenticationFailedException("The session's account no longer exists");
            }
            return AccountIdentityProvider.identity(account);
        });
    }
}
