package uk.goodpractice.directory.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt hashing for the embedded accounts (cost 12). */
final class Passwords {

    private static final int COST = 12;
    // compared against when the username is unknown, so that timing does not reveal which usernames exist
    private static final String DUMMY = hash("not-a-real-password");

    private Passwords() {
    }

    static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), (hash == null ? DUMMY : hash).getBytes(StandardCharsets.UTF_8)).verified
                && hash != null;
    }
}
