package uk.goodpractice.directory.common;

/**
 * Why a sign-in was refused when its account and client have failed too often lately: the cause of
 * the AuthenticationFailedException (a final class), answered as a 429 with Retry-After.
 */
public class TooManySignInAttempts extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManySignInAttempts(long retryAfterSeconds) {
        super("Too many failed sign-ins", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
