package uk.goodpractice.directory.suggestion;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.goodpractice.directory.common.ApiException;

/**
 * A token bucket per client address (Bucket4j): a few suggestions an hour each, so the public form
 * cannot be used to flood the editors.
 */
@ApplicationScoped
public class SuggestionRateLimiter {

    private static final int MAX_CLIENTS = 10_000;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perHour;

    public SuggestionRateLimiter(@ConfigProperty(name = "directory.suggestions.per-hour", defaultValue = "5") int perHour) {
        this.perHour = perHour;
    }

    /** Takes one token for this client or throws 429 with the seconds until the next one. */
    public void acquire(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // bounded memory; a flood of distinct addresses only resets the counts
        }
        Bucket bucket = buckets.computeIfAbsent(client, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new ApiException.TooManyRequests(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
        }
    }
}
