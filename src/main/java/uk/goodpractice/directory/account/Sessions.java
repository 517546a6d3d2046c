package uk.goodpractice.directory.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser sessions kept in the database, so that signing out, disabling an account or a reset of its
 * password ends its sessions on every instance at once: a session cookie whose record is gone is
 * refused wherever it is presented. A session also ends after the sign-in timeout without a request.
 */
@ApplicationScoped
class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private final Duration idleTimeout;

    Sessions(@ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "30M") Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    /** Starts a session for this account; the returned id goes in the cookie and nowhere else. */
    String start(String username) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        QuarkusTransaction.requiringNew().run(() -> {
            SessionRecord record = new SessionRecord();
            record.idHash = hash(id);
            record.username = username;
            record.createdAt = OffsetDateTime.now();
            record.lastSeenAt = record.createdAt;
            record.persist();
            if (RANDOM.nextInt(100) == 0) {
                SessionRecord.delete("lastSeenAt < ?1", OffsetDateTime.now().minus(idleTimeout));
            }
        });
        return id;
    }

    /** The account of a live session (marking it seen), or empty when it was ended, revoked or left idle too long. */
    Optional<String> liveAccount(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            SessionRecord record = SessionRecord.findById(hash(id));
            OffsetDateTime now = OffsetDateTime.now();
            if (record == null) {
                return Optional.empty();
            }
            if (record.lastSeenAt.plus(idleTimeout).isBefore(now)) {
                record.delete();
                return Optional.empty();
            }
            if (record.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
                record.lastSeenAt = now;
            }
            return Optional.of(record.username);
        });
    }

    void end(String id) {
        if (id != null && !id.isEmpty() && id.length() <= 100) {
            QuarkusTransaction.requiringNew().run(() -> SessionRecord.deleteById(hash(id)));
        }
    }

    /** Ends every session of an account (in the caller's transaction). */
    void endAll(String username) {
        SessionRecord.delete("username", username);
    }

    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
