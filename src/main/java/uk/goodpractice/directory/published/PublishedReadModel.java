package uk.goodpractice.directory.published;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.goodpractice.directory.common.PublishedSlugs;

/**
 * Holds the current {@link PublishedSnapshot} and replaces it: at start (before the service
 * answers), after every local commit that changed public data (the writer waits for it, so it reads
 * its own write), and when another instance's commit moved the {@code published_change} counter
 * (polled). Builds run one at a time on one thread; requests that arrive during a build share the
 * next one. Readers never wait: they take whatever snapshot is in place.
 */
@ApplicationScoped
public class PublishedReadModel implements PublishedSlugs {

    private static final Logger LOG = Logger.getLogger(PublishedReadModel.class);

    private final SnapshotBuilder builder;
    private final AgroalDataSource dataSource;
    private final Duration pollInterval;
    private final AtomicReference<PublishedSnapshot> current = new AtomicReference<>();
    private final Object lock = new Object();
    private ScheduledExecutorService worker;
    /** Completes when a build that started after it was made is in place; null when none is wanted. */
    private CompletableFuture<PublishedSnapshot> next;
    private boolean building;
    /** Only touched by the build thread: whether the build running is the one more after a lost stamping race. */
    private boolean restamping;

    PublishedReadModel(SnapshotBuilder builder, AgroalDataSource dataSource,
            @ConfigProperty(name = "directory.published.poll-interval", defaultValue = "300ms") Duration pollInterval) {
        this.builder = builder;
        this.dataSource = dataSource;
        this.pollInterval = pollInterval;
    }

    /** After the data set is loaded (SeedLoader observes at the default priority), before the first request. */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "published-snapshot");
            t.setDaemon(true);
            return t;
        });
        PublishedSnapshot first = builder.build(null);
        current.set(first);
        LOG.infof("Published snapshot built in %d ms: %d initiatives", first.buildMillis(), first.initiativeCount());
        if (builder.takeRestampWanted()) {
            restamping = true;
            refresh();
        }
        if (!pollInterval.isZero()) {
            worker.scheduleWithFixedDelay(this::pollQuietly, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    /** The snapshot in place, or {@code null} before the first one is built. */
    public PublishedSnapshot current() {
        return current.get();
    }

    @Override
    public Set<String> publicSlugs(String entity) {
        PublishedSnapshot s = current.get();
        return s == null ? null : s.slugs().getOrDefault(entity, Set.of());
    }

    /**
     * Asks for a snapshot that reflects every commit made before this call; the future completes
     * once it is in place. Calls made while a build runs are served by one build after it.
     */
    public CompletableFuture<PublishedSnapshot> refresh() {
        synchronized (lock) {
            if (next == null) {
                next = new CompletableFuture<>();
                if (!building && worker != null) {
                    building = true;
                    worker.execute(this::buildWanted);
                }
            }
            return next;
        }
    }

    private void buildWanted() {
        while (true) {
            CompletableFuture<PublishedSnapshot> wanted;
            synchronized (lock) {
                wanted = next;
                next = null;
                if (wanted == null) {
                    building = false;
                    return;
                }
            }
            try {
                PublishedSnapshot built = builder.build(current.get());
                current.set(built);
                LOG.infof("Published snapshot rebuilt in %d ms at change %d: %d of %d initiatives reused", built.buildMillis(), built.counter(),
                        built.initiativesReused(), built.initiativeCount());
                wanted.complete(built);
                // another instance stamped the same change first: build once more to serve its stamps (not again after that)
                boolean restamp = builder.takeRestampWanted();
                if (restamp && !restamping) {
                    restamping = true;
                    refresh();
                } else {
                    restamping = false;
                }
            } catch (RuntimeException | Error e) {
                LOG.error("Could not rebuild the published snapshot; the previous one stays in place", e);
                wanted.completeExceptionally(e);
            }
        }
    }

    /** Rebuilds when another instance's commit moved the counter past the snapshot's. */
    void poll() throws SQLException {
        PublishedSnapshot s = current.get();
        if (s == null) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select counter from published_change where id = 1")) {
            if (rs.next() && rs.getLong(1) != s.counter()) {
                refresh();
            }
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Could not poll for published changes", e);
        }
    }
}
