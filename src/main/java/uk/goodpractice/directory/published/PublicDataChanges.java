package uk.goodpractice.directory.published;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;
import uk.goodpractice.directory.common.ChangesPublicData;
import java.util.concurrent.ExecutionException;

/**
 * Around every write of a {@link ChangesPublicData} service, inside its transaction: moves the
 * {@code published_change} counter (other instances poll it) and, once the transaction has
 * committed, waits for a snapshot that includes it, so a 2xx means the public reads show it.
 * The counter is moved with one atomic UPDATE at the end of the work, so concurrent writers queue
 * only for the moment of their commit and no increment is lost.
 */
@ChangesPublicData
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class PublicDataChanges {

    private static final Logger LOG = Logger.getLogger(PublicDataChanges.class);
    private static final Object KEY = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final PublishedReadModel readModel;
    /**
     * How long a committed write waits for its snapshot before answering anyway: within the HTTP
     * idle timeout, which would otherwise close the connection of a committed write whose rebuild
     * runs long (seen at 2,000 initiatives under load), leaving the client without its 2xx.
     */
    private final Duration wait;

    PublicDataChanges(EntityManager em, TransactionSynchronizationRegistry transactions, PublishedReadModel readModel,
            @ConfigProperty(name = "quarkus.http.idle-timeout") Duration idleTimeout) {
        this.em = em;
        this.transactions = transactions;
        this.readModel = readModel;
        this.wait = idleTimeout.multipliedBy(3).dividedBy(4);
    }

    @AroundInvoke
    Object write(InvocationContext ctx) throws Exception {
        Object result = ctx.proceed();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(KEY) == null) {
            transactions.putResource(KEY, Boolean.TRUE);
            em.createNativeQuery("update published_change set counter = counter + 1 where id = 1")
                    .unwrap(NativeQuery.class).addSynchronizedQuerySpace("published_change").executeUpdate();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        awaitSnapshot();
                    }
                }
            });
        }
        return result;
    }

    private void awaitSnapshot() {
        try {
            readModel.refresh().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | ExecutionException e) {
            // committed all the same; the next build or poll shows it
            LOG.warn("A committed change is not yet in the published snapshot", e);
        }
    }
}
