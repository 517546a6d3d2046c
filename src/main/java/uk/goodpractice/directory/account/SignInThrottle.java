package uk.goodpractice.directory.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.goodpractice.directory.ratelimit.ClientBudgets;

/**
 * Slows password guessing without handing anyone a lock-out button. Failed sign-ins are counted per
 * client address across every username, so guessing many accounts from one place is as slow as
 * guessing one. The first few failures cost nothing; after that each failure makes that address wait
 * before its next attempt, twice as long each time (1, 2, 4 ... seconds) up to a ceiling, and one
 * failure is forgiven each interval. Nothing ever locks an account: from another address it signs in
 * at once, and even behind the guesser's own address the longest wait is the ceiling. The counts live
 * in the database ({@link ClientBudgets}), so every instance applies the same delay.
 */
@ApplicationScoped
class SignInThrottle {

    private static final String SCOPE = "sign-in|";
    private final ClientBudgets budgets;
    private final int freeFailures;
    private final Duration maxDelay;
    private final double forgivenPerSecond;

    public SignInThrottle(ClientBudgets budgets,
            @ConfigProperty(name = "directory.sign-in.free-failures", defaultValue = "5") int freeFailures,
            @ConfigProperty(name = "directory.sign-in.max-delay", defaultValue = "60S") Duration maxDelay,
            @ConfigProperty(name = "directory.sign-in.forgive-one-failure-every", defaultValue = "1M") Duration forgiveEvery) {
        this.budgets = budgets;
        this.freeFailures = freeFailures;
        this.maxDelay = maxDelay;
        this.forgivenPerSecond = 1.0 / Math.max(1, forgiveEvery.toSeconds());
    }

    /** Seconds this address must still wait before its next sign-in attempt; 0 when it may try now. */
    long secondsToWait(String client) {
        return budgets.secondsToWait(SCOPE + client);
    }

    void failed(String client) {
        budgets.recordFailure(SCOPE + client, forgivenPerSecond, this::delay);
    }

    /** 0 for the free failures, then 1 s, 2 s, 4 s ... up to the ceiling. */
    Duration delay(double failures) {
        int over = (int) Math.ceil(failures - freeFailures - 1e-9);
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over - 1, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
