package uk.goodpractice.directory.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.RollbackException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.initiative.Initiative;

/**
 * A version checked only at commit (an initiative's forced increment when its contact or mapping
 * changes) fails inside the commit's exception: that is someone else saving first, a 412, not a 500.
 */
class ConcurrentChangeTest {

    @Test
    void anOptimisticLockFailureInsideTheCommitsException_is412() {
        RollbackException commit = new RollbackException("commit failed");
        commit.initCause(new StaleObjectStateException("uk.goodpractice.directory.initiative.Initiative", 1L));
        assertEquals(412, new ProblemMappers(null).unexpected(new RuntimeException(commit), null).getStatus());
    }

    @Test
    void anyOtherFailure_is500() {
        assertEquals(500, new ProblemMappers(null).unexpected(new RuntimeException(new IllegalStateException("broken")), null).getStatus());
    }
}
