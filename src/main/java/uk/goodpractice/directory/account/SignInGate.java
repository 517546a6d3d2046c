package uk.goodpractice.directory.account;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.goodpractice.directory.common.HttpProblems;
import java.util.Base64;

/**
 * What every password sign-in (HTTP Basic, or the form at {@code POST /j_security_check}) passes before
 * its password is hashed, so that guessing is slow and one client cannot starve the others:
 * <ul>
 * <li>each client address has one check at a time; its further attempts wait their turn (a few at
 * most, then 429), so a flood of connections from one address costs one bcrypt at a time;</li>
 * <li>an address that has failed too often lately is answered 429 with Retry-After at once, without
 * hashing ({@link SignInThrottle}, kept in the database for every instance);</li>
 * <li>at most {@code directory.sign-in.concurrent-checks} passwords are hashed at once on this
 * instance, handed out first come first served, so real sign-ins queue behind at most one attempt per
 * other address.</li>
 * </ul>
 * A sign-in form that is not a form (e.g. JSON) is a 415 here, before anything else reads it, and an
 * HTTP Basic password over 72 bytes (more than bcrypt reads) a 400.
 */
@ApplicationScoped
class SignInGate {

    private static final String ATTEMPT = SignInGate.class.getName();
    /** Set on a request whose own HTTP Basic credentials were checked and accepted. */
    static final String BASIC_AUTHENTICATED = SignInGate.class.getName() + ".basic";
    private final SignInThrottle throttle;
    private final HttpProblems problems;
    private final String signInPath;
    private final int waitingPerClient;
    private final Slots slots;
    private final Map<String, ArrayDeque<Runnable>> turns = new HashMap<>();

    SignInGate(SignInThrottle throttle, HttpProblems problems,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check") String signInPath,
            @ConfigProperty(name = "directory.sign-in.concurrent-checks", defaultValue = "0") int concurrentChecks,
            @ConfigProperty(name = "directory.sign-in.waiting-per-client", defaultValue = "16") int waitingPerClient) {
        this.throttle = throttle;
        this.problems = problems;
        this.signInPath = signInPath;
        this.waitingPerClient = waitingPerClient;
        this.slots = new Slots(concurrentChecks > 0 ? concurrentChecks : Runtime.getRuntime().availableProcessors());
    }

    void install(@Observes Router router) {
        router.route().order(-SecurityHandlerPriorities.AUTHENTICATION - 2).handler(this::beforeAuthentication);
        router.route().order(-SecurityHandlerPriorities.AUTHENTICATION + 1).handler(this::afterAuthentication);
    }

    private void beforeAuthentication(RoutingContext ctx) {
        boolean form = ctx.request().method() == HttpMethod.POST && signInPath.equals(ctx.normalizedPath());
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (!form && !basic) {
            ctx.next();
            return;
        }
        if (form && !isForm(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            problems.send(ctx, 415, "unsupported-media-type", "Unsupported media type",
                    "Sign in with a form: Content-Type application/x-www-form-urlencoded, fields j_username and j_password");
            return;
        }
        if (basic && Passwords.tooLong(basicPassword(authorization))) {
            problems.send(ctx, 400, "password-too-long", "Password too long",
                    "A password is at most " + Passwords.MAX_BYTES + " bytes (UTF-8); this one is longer, so it cannot be right");
            return;
        }
        String client = client(ctx);
        Context context = Vertx.currentContext();
        Attempt attempt = new Attempt(client, context, basic && !form);
        ctx.put(ATTEMPT, attempt);
        if (!enterTurn(client, () -> context.runOnContext(v -> {
            if (attempt.takeTurn()) {
                check(ctx, attempt);
            }
        }))) {
            ctx.remove(ATTEMPT);
            ctx.response().putHeader("Retry-After", "1");
            problems.send(ctx, 429, "too-many-requests", "Too many requests",
                    "Too many sign-ins from this address at once; try again in 1 second");
            return;
        }
        ctx.addHeadersEndHandler(v -> attempt.finish(ctx, ctx.response().getStatusCode()));
        ctx.addEndHandler(v -> attempt.finish(ctx, 0));
    }

    private void check(RoutingContext ctx, Attempt attempt) {
        ctx.vertx().executeBlocking(() -> throttle.secondsToWait(attempt.client), false).onComplete(wait -> {
            if (wait.failed()) {
                ctx.fail(wait.cause());
            } else if (wait.result() > 0) {
                ctx.response().putHeader("Retry-After", Long.toString(wait.result()));
                problems.send(ctx, 429, "too-many-requests", "Too many requests",
                        "Too many failed sign-ins from this address; try again in " + wait.result() + " seconds");
            } else {
                slots.acquire(() -> attempt.context.runOnContext(v -> {
                    if (attempt.takeSlot()) {
                        ctx.next();
                    }
                }));
            }
        });
    }

    private void afterAuthentication(RoutingContext ctx) {
        Attempt attempt = ctx.get(ATTEMPT);
        if (attempt != null) {
            if (attempt.basic && ctx.user() != null) {
                ctx.put(BASIC_AUTHENTICATED, Boolean.TRUE);
            }
            attempt.succeeded(); // the password was right: nothing to record, and the client's next attempt may start
        }
        ctx.next();
    }

    private boolean enterTurn(String client, Runnable go) {
        synchronized (turns) {
            ArrayDeque<Runnable> waiting = turns.get(client);
            if (waiting == null) {
                turns.put(client, new ArrayDeque<>());
            } else if (waiting.size() >= waitingPerClient) {
                return false;
            } else {
                waiting.add(go);
                return true;
            }
        }
        go.run();
        return true;
    }

    private void leaveTurn(String client) {
        Runnable next;
        synchronized (turns) {
            ArrayDeque<Runnable> waiting = turns.get(client);
            next = waiting == null ? null : waiting.poll();
            if (waiting != null && next == null) {
                turns.remove(client);
            }
        }
        if (next != null) {
            next.run();
        }
    }

    /** The password of a Basic header, or "" when it cannot be read (the mechanism then refuses it). */
    private static String basicPassword(String authorization) {
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim();
        return type.equalsIgnoreCase("application/x-www-form-urlencoded") || type.equalsIgnoreCase("multipart/form-data");
    }

    static String client(RoutingContext ctx) {
        return ctx.request().remoteAddress() == null ? "" : ctx.request().remoteAddress().hostAddress();
    }

    /** One sign-in attempt's hold on its client's turn and on a hashing slot; each is given back exactly once. */
    private final class Attempt {
        final String client;
        final Context context;
        final boolean basic;
        private boolean turn;
        private boolean slot;
        private boolean done;
        private boolean authenticated;

        Attempt(String client, Context context, boolean basic) {
            this.client = client;
            this.context = context;
            this.basic = basic;
        }

        /** Its client's turn has come: false when the request ended meanwhile (the turn is passed on). */
        boolean takeTurn() {
            synchronized (this) {
                if (!done) {
                    turn = true;
                    return true;
                }
            }
            leaveTurn(client);
            return false;
        }

        /** A hashing slot was granted: false when the request ended meanwhile (the slot is given back). */
        boolean takeSlot() {
            synchronized (this) {
                if (!done) {
                    slot = true;
                    return true;
                }
            }
            slots.release();
            return false;
        }

        void succeeded() {
            boolean releaseSlot;
            boolean releaseTurn;
            synchronized (this) {
                authenticated = true;
                releaseSlot = slot;
                releaseTurn = turn;
                slot = false;
                turn = false;
            }
            if (releaseSlot) {
                slots.release();
            }
            if (releaseTurn) {
                leaveTurn(client); // the password was right: nothing to record, the client's next attempt may start
            }
        }

        /** Status 401 without an identity is a failed guess: it is recorded before the client's next attempt may start. */
        void finish(RoutingContext ctx, int status) {
            boolean releaseSlot;
            boolean releaseTurn;
            boolean failed;
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
                releaseSlot = slot;
                releaseTurn = turn;
                failed = status == 401 && !authenticated;
                slot = false;
                turn = false;
            }
            if (releaseSlot) {
                slots.release();
            }
            if (releaseTurn && failed) {
                ctx.vertx().executeBlocking(() -> {
                    throttle.failed(client);
                    return null;
                }, false).onComplete(recorded -> leaveTurn(client));
            } else if (releaseTurn) {
                leaveTurn(client);
            }
        }
    }

    /** A fixed number of hashing slots, handed out in the order they were asked for. */
    static final class Slots {
        private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
        private int free;

        Slots(int count) {
            this.free = count;
        }

        void acquire(Runnable granted) {
            synchronized (this) {
                if (free == 0) {
                    waiting.add(granted);
                    return;
                }
                free--;
            }
            granted.run();
        }

        void release() {
            Runnable next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    free++;
                }
            }
            if (next != null) {
                next.run();
            }
        }
    }
}
