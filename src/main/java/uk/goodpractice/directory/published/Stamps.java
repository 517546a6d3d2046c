package uk.goodpractice.directory.published;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.common.UpdatedAt;

/**
 * The rule for a public answer's {@code updatedAt}, in one place: when the bytes the public sees of
 * a record last changed. Each record's answers (summary, detail, an edition's matrix) are
 * serialised with a fixed placeholder in place of their own {@code updatedAt}; a SHA-256 of those
 * bytes is compared with the one kept in {@code public_stamp}; where it differs the record is
 * stamped with this build's time, and the placeholder is replaced by the stamp. So anything an
 * answer embeds (an edition's label, a contact, an area's name, a count, a record leaving the public
 * view) moves its updatedAt exactly when it moves its bytes and ETag, and nothing a draft holds does.
 * Records embedding others are stamped after them (contacts, then initiatives, then the rest), so an
 * embedded record's new stamp is part of the bytes hashed.
 */
final class Stamps {

    /** The placeholder serialised in place of a record's own updatedAt while its content is hashed. */
    static final OffsetDateTime PLACEHOLDER = OffsetDateTime.parse("0001-01-01T00:00:00Z");

    private record Row(String hash, OffsetDateTime at) {
    }

    private final ObjectMapper mapper;
    private final OffsetDateTime now;
    private final Map<String, Row> stored;
    private final boolean backfill;
    private final byte[] placeholder;
    private final Map<String, Row> inserts = new HashMap<>();
    private final Map<String, Row> updates = new HashMap<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    private OffsetDateTime latest = OffsetDateTime.MIN;

    /**
     * @param now this build's time: every record whose answers changed since the last build is stamped with it
     */
    Stamps(EntityManager em, ObjectMapper mapper, OffsetDateTime now) {
        this.mapper = mapper;
        this.now = UpdatedAt.normalise(now);
        this.stored = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select path, content_hash, updated_at from public_stamp").getResultList();
        for (Object[] r : rows) {
            stored.put((String) r[0], new Row((String) r[1], UpdatedAt.normalise(time(r[2]))));
        }
        this.backfill = stored.isEmpty();
        this.placeholder = json(PLACEHOLDER);
    }

    /**
     * The latest of {@code also} and every stamp given out so far: the time the public view last
     * changed, for the dump's {@code asOf}. A mirror that passes it as {@code updatedSince} misses no
     * later change (a later one is stamped with a later build's time), and it moves only when
     * something public did, never for a draft.
     */
    OffsetDateTime latest(OffsetDateTime also) {
        OffsetDateTime l = also != null && also.isAfter(latest) ? UpdatedAt.normalise(also) : latest;
        return l == OffsetDateTime.MIN ? now : l;
    }

    /**
     * The stamp of the record at {@code path}, given the bytes of each of its answers serialised with
     * {@link #PLACEHOLDER} as their updatedAt.
     *
     * @param own the record's own last edit: its stamp when the table is being filled for the first time
     */
    OffsetDateTime stamp(String path, OffsetDateTime own, byte[]... answers) {
        String hash = sha256(answers);
        seen.add(path);
        Row kept = stored.get(path);
        OffsetDateTime at = kept != null && kept.hash().equals(hash) ? kept.at()
                : kept == null && backfill && own != null ? UpdatedAt.normalise(own) : now;
        if (kept == null || !kept.hash().equals(hash)) {
            (kept == null ? inserts : updates).put(path, new Row(hash, at));
        }
        if (at.isAfter(latest)) {
            latest = at;
        }
        return at;
    }

    /** {@code json} with its placeholder updatedAt replaced by {@code at}. */
    byte[] apply(byte[] json, OffsetDateTime at) {
        int k = indexOf(json, placeholder);
        if (k < 0) {
            throw new IllegalStateException("No placeholder updatedAt in an answer being stamped");
        }
        byte[] stamp = json(at);
        byte[] out = new byte[json.length - placeholder.length + stamp.length];
        System.arraycopy(json, 0, out, 0, k);
        System.arraycopy(stamp, 0, out, k, stamp.length);
        System.arraycopy(json, k + placeholder.length, out, k + stamp.length, json.length - k - placeholder.length);
        return out;
    }

    /**
     * Keeps the new and moved stamps, in a transaction of its own, and forgets those of records no
     * longer public: one that comes back is new to a mirror (stamped with the build that shows it).
     *
     * @return whether another instance stamped some of the same records first, with its own time:
     *         then this snapshot's updatedAt (and ETag) of those records differ from the other
     *         instance's, and a build after this one, which reads their stamps, serves the same bytes
     */
    boolean save(EntityManager em) {
        List<String> gone = stored.keySet().stream().filter(p -> !seen.contains(p)).toList();
        if (inserts.isEmpty() && updates.isEmpty() && gone.isEmpty()) {
            return false;
        }
        // not in the build's transaction: rows written there were not kept (its session is read-only)
        try {
            return write(em, gone);
        } catch (RuntimeException e) {
            // another instance stamping the same records at the same moment: the next build finds theirs
            org.jboss.logging.Logger.getLogger(Stamps.class).warn("Could not keep this build's public stamps", e);
            return true;
        }
    }

    private boolean write(EntityManager em, List<String> gone) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            boolean lost = false;
            for (Map.Entry<String, Row> e : inserts.entrySet()) {
                // another instance building at the same moment may have added the row: then this adds nothing
                lost |= em.createNativeQuery("insert into public_stamp (path, content_hash, updated_at) select cast(?1 as varchar(300)),"
                        + " cast(?2 as varchar(64)), cast(?3 as timestamp with time zone) from published_change"
                        + " where id = 1 and not exists (select 1 from public_stamp where path = ?1)")
                        .setParameter(1, e.getKey()).setParameter(2, e.getValue().hash()).setParameter(3, e.getValue().at()).executeUpdate() == 0;
            }
            for (Map.Entry<String, Row> e : updates.entrySet()) {
                lost |= em.createNativeQuery("update public_stamp set content_hash = ?2, updated_at = ?3 where path = ?1 and content_hash <> ?2")
                        .setParameter(1, e.getKey()).setParameter(2, e.getValue().hash()).setParameter(3, e.getValue().at()).executeUpdate() == 0;
            }
            for (String path : gone) {
                em.createNativeQuery("delete from public_stamp where path = ?1").setParameter(1, path).executeUpdate();
            }
            return lost;
        });
    }

    private byte[] json(OffsetDateTime at) {
        try {
            return ("\"updatedAt\":" + mapper.writeValueAsString(at)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a date-time", e);
        }
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                digest.update(p);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
