package uk.goodpractice.directory.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a disabled account however it signed in with its password or session: quarkus-security-jpa
 * knows nothing of disabling, so this runs on every identity it establishes. (Sessions of a disabled
 * account were already ended; this also stops HTTP Basic and new form sign-ins.)
 */
@ApplicationScoped
class DisabledAccounts implements SecurityIdentityAugmentor {

    /** Before the augmentor that starts a session, so a disabled account never gets one. */
    @Override
    public int priority() {
        return 20;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // the organisation's provider and bearer tokens vouch for their own people
        if (identity.isAnonymous() || identity.getAttribute("tenant-id") != null || identity.getCredential(TokenCredential.class) != null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            boolean disabled = QuarkusTransaction.requiringNew().call(() -> Account.count("username = ?1 and disabledAt is not null",
                    identity.getPrincipal().getName()) > 0);
            if (disabled) {
                throw new AuthenticationFailedException("Account disabled");
            }
            return identity;
        });
    }
}
