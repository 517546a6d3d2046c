package uk.goodpractice.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx for a write means the change is on disk: editors keep writing while the packaged service is
 * killed with SIGKILL (no shutdown hook, nothing flushed), and after a restart on the same data
 * directory every acknowledged create and change is there, at the version it was acknowledged at.
 * Several cycles on one directory, so a restart after a crash is itself crashed into.
 */
class CrashIT {

    private static final int CYCLES = 3;
    private static final int WRITERS = 4;
    /** Acknowledged writes per cycle before the kill can come; the kill then lands at a random moment. */
    private static final int ACKED_BEFORE_KILL = 30;

    @TempDir
    Path work;

    /** What a writer was last told: the ETag and summary its initiative was acknowledged at. */
    private record Ack(String etag, String summary) {
    }

    /** A write sent but not answered when the service died: it may or may not have happened. */
    private record InFlight(String slug, String summary) {
    }

    @Test
    void everyAcknowledgedWrite_survivesKillMinus9_atItsAcknowledgedVersion() throws Exception {
        Path dataDir = work.resolve("data").toAbsolutePath();
        Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
        Map<String, InFlight> unanswered = new ConcurrentHashMap<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            PackagedService service = PackagedService.start(dataDir, work.resolve("cycle-" + cycle + ".log"));
            try {
                PackagedService.Session editor = service.signIn();
                verify(editor, acknowledged, unanswered, cycle, service);
                unanswered.clear();
                writeUntilKilled(service, editor, cycle, acknowledged, unanswered);
            } finally {
                service.close(); // already dead: nothing to do unless the test failed early
            }
        }
        PackagedService service = PackagedService.start(dataDir, work.resolve("final.log"));
        try {
            verify(service.signIn(), acknowledged, unanswered, CYCLES + 1, service);
        } finally {
            service.close();
        }
    }

    /** Writers create initiatives and change their summaries, one request at a time each, until the service is killed under them. */
    private void writeUntilKilled(PackagedService service, PackagedService.Session editor, int cycle, Map<String, Ack> acknowledged,
            Map<String, InFlight> unanswered) throws Exception {
        AtomicInteger acks = new AtomicInteger();
        AtomicBoolean dead = new AtomicBoolean();
        int killAt = ACKED_BEFORE_KILL + ThreadLocalRandom.current().nextInt(WRITERS * 2);
        // opened by the write whose acknowledgement is number killAt (a latch, not a spin: a busy
        // wait took one of this machine's two cores from the service under test)
        CountDownLatch killNow = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int n = 0; !dead.get(); n++) {
                    String slug = "crash-" + cycle + "-" + writer + "-" + n;
                    String etag = null;
                    for (int change = 0; change <= 5 && !dead.get(); change++) {
                        String summary = "cycle " + cycle + ", writer " + writer + ", change " + change;
                        unanswered.put(writer + "", new InFlight(slug, summary));
                        Response r;
                        try {
                            r = change == 0
                                    ? editor.request().contentType("application/json")
                                            .body(Map.of("slug", slug, "title", "Crash test " + slug, "summary", summary))
                                            .post("/api/v1/initiatives")
                                    : editor.request().contentType("application/merge-patch+json").header("If-Match", etag)
                                            .body(Map.of("summary", summary)).patch("/api/v1/initiatives/" + slug);
                        } catch (Exception connectionLost) {
                            return null; // killed while this write was in flight: it stays in `unanswered`
                        }
                        assertEquals(change == 0 ? 201 : 200, r.statusCode(), () -> slug + ": " + r.asString());
                        etag = r.header("ETag");
                        // acknowledged: from here on it must survive
                        acknowledged.put(slug, new Ack(etag, summary));
                        unanswered.remove(writer + "");
                        if (acks.incrementAndGet() == killAt) {
                            killNow.countDown();
                        }
                    }
                }
                return null;
            }));
        }
        // a guard, not a timing check: on a busy machine 30 writes have taken over 3 minutes
        assertTrue(killNow.await(15, TimeUnit.MINUTES), "the writers were acknowledged " + killAt + " times before the kill");
        // the moment a write has been acknowledged: the hardest case, since nothing had time to reach the disk by chance
        service.kill9();
        dead.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES), "the writers stopped");
        for (Future<?> writer : writers) {
            writer.get(); // a writer's failed assertion fails the test
        }
    }

    private static void verify(PackagedService.Session editor, Map<String, Ack> acknowledged, Map<String, InFlight> unanswered,
            int cycle, PackagedService service) {
        Map<String, InFlight> inFlightBySlug = new ConcurrentHashMap<>();
        unanswered.values().forEach(f -> inFlightBySlug.put(f.slug(), f));
        List<String> lost = new ArrayList<>();
        acknowledged.forEach((slug, ack) -> {
            Response r = editor.request().get("/api/v1/initiatives/" + slug);
            InFlight pending = inFlightBySlug.get(slug);
            if (r.statusCode() != 200) {
                lost.add(slug + " acknowledged at " + ack.etag() + " is missing (" + r.statusCode() + ")");
                return;
            }
            String summary = r.path("summary");
            boolean asAcknowledged = ack.etag().equals(r.header("ETag")) && ack.summary().equals(summary);
            // the one write per writer that was unanswered at the kill may have landed on top of it
            boolean unansweredLanded = pending != null && pending.summary().equals(summary);
            if (!asAcknowledged && !unansweredLanded) {
                lost.add(slug + " acknowledged at " + ack.etag() + " '" + ack.summary() + "' but found at " + r.header("ETag") + " '" + summary + "'");
            } else if (!asAcknowledged) {
                acknowledged.put(slug, new Ack(r.header("ETag"), summary)); // it landed: from now on it must stay
            }
        });
        assertTrue(lost.isEmpty(), "after restart " + cycle + ", " + lost.size() + " of " + acknowledged.size()
                + " acknowledged writes were lost:\n" + String.join("\n", lost) + "\n" + service.log());
    }
}
