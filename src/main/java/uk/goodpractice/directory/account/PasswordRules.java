package uk.goodpractice.directory.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import uk.goodpractice.directory.common.ApiException;

/**
 * Asked before the account store (quarkus-security-jpa) checks a password, for HTTP Basic and the form
 * alike: a password bcrypt cannot hash as given (over 72 bytes) is a 400 that says so, and a disabled
 * account is refused without hashing anything. Otherwise it answers nothing, and the store decides.
 */
@Singleton // no client proxy: the identity provider manager must see this class's own priority()
public class PasswordRules implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String password = new String(request.getPassword().getPassword());
        if (Passwords.tooLong(password)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Password too long", new PasswordTooLong()));
        }
        return context.runBlocking(() -> {
            Account account = QuarkusTransaction.requiringNew()
                    .call(() -> Account.<Account>find("username", request.getUsername()).firstResult());
            if (account == null || account.disabledAt != null) {
                // as slow as a real check, so that the answer's timing does not tell which usernames exist
                Passwords.checkAgainstDummy(password);
                throw new AuthenticationFailedException(account == null ? "Unknown account" : "Account disabled");
            }
            return null; // the account store checks the password
        });
    }

    /** 400: what was sent cannot be anyone's password here, so it is not checked at all. */
    static class PasswordTooLong extends ApiException {
        PasswordTooLong() {
            super(400, "password-too-long", "Password too long",
                    "A password is at most " + Passwords.MAX_BYTES + " bytes (UTF-8); this one is longer, so it cannot be right");
        }
    }

}
