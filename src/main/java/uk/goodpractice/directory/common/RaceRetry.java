package uk.goodpractice.directory.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.sql.SQLException;
import java.util.Set;
import org.jboss.logging.Logger;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a {@link RetriedOnRace} transaction again when it lost a race. It wraps the transaction
 * (its priority is before the transaction interceptors'), and only the outermost call retries:
 * a call inside a running transaction cannot start it again.
 */
@RetriedOnRace
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class RaceRetry {

    /** Unique key violated; serialization failure or deadlock (SQL standard, PostgreSQL); H2's lock timeout. */
    private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01", "HYT00");
    /** H2: "Concurrent update in table", row changed by another transaction. */
    private static final int H2_CONCURRENT_UPDATE = 90131;
    /**
     * Writers to one edition's initiatives all move that edition's version, so under many parallel
     * editors a transaction can lose several times in a row; each loss is cheap and is followed by
     * a short random pause, so the writers spread out instead of colliding again.
     */
    private static final int ATTEMPTS = 10;
    private static final Logger LOG = Logger.getLogger(RaceRetry.class);

    private final TransactionManager transactions;

    public RaceRetry(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
                LOG.debugf("%s lost a race at the database (attempt %d); running it again", call.getMethod().getName(), attempt);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * Math.min(attempt, 5) + 1));
    }

    /**
     * Whether the database refused the transaction because another one got there first. A version
     * checked at commit counts too: run again, the service's own If-Match check answers 412 with the
     * current ETag, or a request without one (accepting a suggestion) finds it already decided.
     */
    static boolean lostARace(Throwable e) {
        return ProblemMappers.lostToAConcurrentChange(e) || lostAtTheDatabase(e);
    }

    /** A unique key, serialization, deadlock or lock-timeout failure anywhere in the cause chain. */
    public static boolean lostAtTheDatabase(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (RACE_STATES.contains(s.getSQLState()) || s.getErrorCode() == H2_CONCURRENT_UPDATE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
