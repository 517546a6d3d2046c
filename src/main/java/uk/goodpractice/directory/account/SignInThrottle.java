package uk.goodpractice.directory.account;

import io.github.bucket4j.Bucket;
import io.quarkus.security.AuthenticationFailedException;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.goodpractice.directory.common.TooManySignInAttempts;

/**
 * Slows password guessing: each username, from each client address, may fail to sign in a few times
 * in a quarter of an hour (a Bucket4j token bucket per pair); after that every attempt, right or
 * wrong, is a 429 until the bucket refills. Keyed by the pair, so nobody can lock an editor out from
 * elsewhere.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_KEYS = 10_000;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int failuresAllowed;

    public SignInThrottle(@ConfigProperty(name = "directory.sign-in.failures-per-quarter-hour", defaultValue = "10") int failuresAllowed) {
        this.failuresAllowed = failuresAllowed;
    }

    /** Refuses the sign-in (a 429: the cause is {@link TooManySignInAttempts}) while this pair has no failures left. */
    void requireAllowed(String username, String client) {
        Bucket bucket = buckets.get(key(username, client));
        if (bucket != null) {
            EstimationProbe probe = bucket.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                throw new AuthenticationFailedException("Too many failed sign-ins",
                        new TooManySignInAttempts(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds())));
            }
        }
    }

    void failed(String username, String client) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear(); // bounded memory; a flood of distinct names only resets the counts
        }
        buckets.computeIfAbsent(key(username, client), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(failuresAllowed).refillGreedy(failuresAllowed, WINDOW)).build())
                .tryConsume(1);
    }

    private static String key(String username, String client) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "|" + client;
    }
}
