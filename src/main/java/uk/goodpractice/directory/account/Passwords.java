package uk.goodpractice.directory.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt (cost 12) for the accounts, in the Modular Crypt Format that quarkus-security-jpa checks
 * ({@code $2a$12$...}). bcrypt reads at most 72 bytes of a password, so a longer one is refused rather
 * than silently cut short.
 */
final class Passwords {

    static final int MAX_BYTES = 72;
    private static final int COST = 12;

    private Passwords() {
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
