package uk.goodpractice.directory.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt for the accounts, in the Modular Crypt Format that quarkus-security-jpa checks
 * ({@code $2a$12$...}; the cost is in the hash, so a changed setting applies to passwords set after it).
 * The cost is {@code directory.accounts.bcrypt-cost}, 12 unless configured: the test profile lowers it,
 * as every HTTP Basic request verifies the password afresh. bcrypt reads at most 72 bytes of a
 * password, so a longer one is refused rather than silently cut short.
 */
final class Passwords {

    static final int MAX_BYTES = 72;
    static final String COST = "directory.accounts.bcrypt-cost";
    static final String DEFAULT_COST = "12";

    private Passwords() {
    }

    static String hash(String password, int cost) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
