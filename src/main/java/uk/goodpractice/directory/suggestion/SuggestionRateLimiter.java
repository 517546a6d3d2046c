package uk.goodpractice.directory.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.ratelimit.ClientBudgets;

/**
 * A few suggestions an hour per client address, so the public form cannot be used to flood the
 * editors. The budget is kept in the database, so every instance on it counts against the same one.
 */
@ApplicationScoped
class SuggestionRateLimiter {

    private final ClientBudgets budgets;
    private final int perHour;

    public SuggestionRateLimiter(ClientBudgets budgets, @ConfigProperty(name = "directory.suggestions.per-hour", defaultValue = "5") int perHour) {
        this.budgets = budgets;
        this.perHour = perHour;
    }

    /** Takes one suggestion from this client's budget or throws 429 with the seconds until the next one. */
    public void acquire(String client) {
        long wait = budgets.take("suggestion|" + client, perHour, Duration.ofHours(1));
        if (wait > 0) {
            throw new ApiException.TooManyRequests(wait);
        }
    }
}
