package uk.goodpractice.directory.ratelimit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Per-client allowances kept in the database, so that every instance on one database counts against
 * the same budget: a client cannot get five suggestions an hour from each instance, nor its password
 * guesses slowed on one instance only. Each budget is a leaky bucket (a level that drains at a fixed
 * rate); each change runs in a transaction of its own and locks its row, so concurrent requests on any
 * instance see each other's counts.
 */
@ApplicationScoped
public class ClientBudgets {

    private static final int ATTEMPTS = 3;
    private final EntityManager em;

    ClientBudgets(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes one unit from a budget of {@code capacity} units that refills completely over {@code period}.
     *
     * @return 0 when taken, otherwise the whole seconds until one unit is free again (nothing is taken)
     */
    public long take(String key, int capacity, Duration period) {
        double drainPerSecond = capacity / (double) period.toSeconds();
        return change(key, budget -> {
            double level = drained(budget, drainPerSecond);
            if (level + 1 > capacity) {
                return Math.max(1, (long) Math.ceil((level + 1 - capacity) / drainPerSecond));
            }
            budget.level = level + 1;
            budget.updatedAt = now();
            return 0L;
        });
    }

    /** Seconds the client must still wait under {@link #recordFailure}'s delay; 0 when it may try now. Reads only. */
    public long secondsToWait(String key) {
        ClientBudget budget = QuarkusTransaction.requiringNew().call(() -> em.find(ClientBudget.class, key));
        if (budget == null || budget.waitUntil == null) {
            return 0;
        }
        long millis = ChronoUnit.MILLIS.between(now(), budget.waitUntil);
        return millis <= 0 ? 0 : Math.max(1, (millis + 999) / 1000);
    }

    /**
     * Adds one failure to a budget that drains at {@code drainPerSecond}, and makes the client wait
     * {@code delay(level)} before its next attempt.
     */
    public void recordFailure(String key, double drainPerSecond, DoubleFunction<Duration> delay) {
        change(key, budget -> {
            budget.level = drained(budget, drainPerSecond) + 1;
            budget.updatedAt = now();
            Duration wait = delay.apply(budget.level);
            budget.waitUntil = wait.isZero() ? null : budget.updatedAt.plus(wait);
            return 0L;
        });
    }

    private long change(String key, Function<ClientBudget, Long> action) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    ClientBudget budget = em.find(ClientBudget.class, key, LockModeType.PESSIMISTIC_WRITE);
                    if (budget == null) {
                        budget = new ClientBudget();
                        budget.key = key;
                        budget.level = 0;
                        budget.updatedAt = now();
                        em.persist(budget);
                        em.flush(); // a concurrent first use of this key fails here, and is retried
                    }
                    long result = action.apply(budget);
                    if (ThreadLocalRandom.current().nextInt(1000) == 0) {
                        purge();
                    }
                    return result;
                });
            } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Budgets untouched for a day have drained; dropping them keeps the table small. */
    private void purge() {
        em.createQuery("delete from ClientBudget b where b.updatedAt < :before and (b.waitUntil is null or b.waitUntil < :now)")
                .setParameter("before", now().minusDays(1)).setParameter("now", now()).executeUpdate();
    }

    private static double drained(ClientBudget budget, double drainPerSecond) {
        double seconds = Math.max(0, ChronoUnit.MILLIS.between(budget.updatedAt, now()) / 1000.0);
        return Math.max(0, budget.level - seconds * drainPerSecond);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
