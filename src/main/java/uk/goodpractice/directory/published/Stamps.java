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
import java.util.HashSet;
import java.time.Instant;
import java.util.Set;
import java.time.ZoneOffset;

/**
 * The rule for a public answer's {@code updatedAt} and {@code version}, in one place: when, and at
 * which row version, the bytes the public sees of a record last changed. Each record's answers
 * (summary, detail, an edition's matrix) are serialised with fixed placeholders in place of their
 * own {@code updatedAt} and {@code version}; a SHA-256 of those bytes is compared with the one kept
 * in {@code public_stamp}; where it differs the record is stamped with this build's time and its
 * row's current version, where it is the same the kept stamp stays, and the placeholders are
 * replaced by the stamp. The row version moves with every edit, drafts included (adding the record
 * to a draft edition, a draft appearance); the public version moves only with what the public sees,
 * is always a version the row really had, and never goes back. Editors' own reads and If-Match keep
 * the row version: they do not come from here. So anything an
 * answer embeds (an edition's label, a contact, an area's name, a count, a record leaving the public
 * view) moves its updatedAt exactly when it moves its bytes and ETag, and nothing a draft holds does.
 * Records embedding others are stamped after them (contacts, then initiatives, then the rest), so an
 * embedded record's new stamp is part of the bytes hashed.
 */
final class Stamps {

    /** The placeholder serialised in place of a record's own updatedAt while its content is hashed. */
    static final OffsetDateTime PLACEHOLDER = OffsetDateTime.parse("0001-01-01T00:00:00Z");

    /** The placeholder serialised in place of a record's own version while its content is hashed. */
    static final long VERSION_PLACEHOLDER = Long.MIN_VALUE;

    /**
     * What a record's public answers show as their own change stamp.
     *
     * @param version the row version when they last changed; null for a record whose answers show none
     */
    record Stamp(OffsetDateTime at, Long version) {
    }

    /** A kept stamp; a null version on a record that shows one: kept before {@code public_version} existed. */
    private record Row(String hash, OffsetDateTime at, Long version) {
    }

    private final ObjectMapper mapper;
    private final OffsetDateTime now;
    private final Map<String, Row> stored;
    private final boolean backfill;
    private final byte[] placeholder;
    private final byte[] versionPlaceholder;
    private final Map<String, Row> inserts = new HashMap<>();
    private final Map<String, Row> updates = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private OffsetDateTime latest = OffsetDateTime.MIN;

    /**
     * @param now this build's time: every record whose answers changed since the last build is stamped with it
     */
    Stamps(EntityManager em, ObjectMapper mapper, OffsetDateTime now) {
        this.mapper = mapper;
        this.now = UpdatedAt.normalise(now);
        this.stored = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select path, content_hash, updated_at, public_version from public_stamp")
                .getResultList();
        for (Object[] r : rows) {
            stored.put((String) r[0], new Row((String) r[1], UpdatedAt.normalise(time(r[2])), r[3] == null ? null : ((Number) r[3]).longValue()));
        }
        this.backfill = stored.isEmpty();
        this.placeholder = json(PLACEHOLDER);
        this.versionPlaceholder = version(VERSION_PLACEHOLDER);
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
     * {@link #PLACEHOLDER} as their updatedAt and, where they show one, {@link #VERSION_PLACEHOLDER}
     * as their version.
     *
     * @param own        the record's own last edit: its stamp when the table is being filled for the first time
     * @param rowVersion the record's row version now, or null when its answers show no version
     */
    Stamp stamp(String path, OffsetDateTime own, Long rowVersion, byte[]... answers) {
        return stamp(path, own, rowVersion, hash(answers), answers);
    }

    /** {@link #stamp(String, OffsetDateTime, Long, byte[]...)} given the answers' {@link #hash} already made. */
    Stamp stamp(String path, OffsetDateTime own, Long rowVersion, String hash, byte[]... answers) {
        seen.add(path);
        Row kept = stored.get(path);
        Row row;
        if (kept != null && kept.hash().equals(hash) && (rowVersion == null || kept.version() != null)) {
            row = kept;
        } else if (kept != null && rowVersion != null && kept.version() == null && kept.hash().equals(sha256(withVersion(answers, rowVersion)))) {
            // kept before public_version existed, hashed with the row version in place: unchanged since, so its time stays
            row = new Row(hash, kept.at(), rowVersion);
            updates.put(path, row);
        } else {
            OffsetDateTime at = kept == null && backfill && own != null ? UpdatedAt.normalise(own) : now;
            row = new Row(hash, at, rowVersion);
            (kept == null ? inserts : updates).put(path, row);
        }
        if (row.at().isAfter(latest)) {
            latest = row.at();
        }
        return new Stamp(row.at(), row.version());
    }

    /**
     * The stamp {@link #stamp} would give a record showing a version whose answers hash to
     * {@code hash}, where that is the one kept (the record counts as seen); {@code null} where it
     * would give another (then call {@link #stamp}). Lets a rebuild reuse a record's answers
     * without serialising them again.
     */
    Stamp kept(String path, String hash) {
        Row kept = stored.get(path);
        if (kept == null || !kept.hash().equals(hash) || kept.version() == null) {
            return null;
        }
        seen.add(path);
        if (kept.at().isAfter(latest)) {
            latest = kept.at();
        }
        return new Stamp(kept.at(), kept.version());
    }

    /**
     * {@link #kept(String, String)} for a record whose answers show no version: the kept stamp where
     * the kept hash is {@code hash} (the record counts as seen), otherwise {@code null}.
     */
    Stamp keptUnversioned(String path, String hash) {
        Row kept = stored.get(path);
        if (kept == null || !kept.hash().equals(hash)) {
            return null;
        }
        seen.add(path);
        if (kept.at().isAfter(latest)) {
            latest = kept.at();
        }
        return new Stamp(kept.at(), kept.version());
    }

    /** The hash of a record's answers (serialised with the placeholders) that its kept stamp is compared by. */
    static String hash(byte[]... answers) {
        return sha256(answers);
    }

    /** {@code json} with its placeholder updatedAt, and version where it shows one, replaced by {@code stamp}'s. */
    byte[] apply(byte[] json, Stamp stamp) {
        byte[] out = replace(json, placeholder, json(stamp.at()));
        if (out == null) {
            throw new IllegalStateException("No placeholder updatedAt in an answer being stamped");
        }
        if (indexOf(out, versionPlaceholder) < 0) {
            return out;
        }
        if (stamp.version() == null) {
            throw new IllegalStateException("A placeholder version in an answer stamped without one");
        }
        return replace(out, versionPlaceholder, version(stamp.version()));
    }

    /** The answers as a build before {@code public_version} hashed them: with the row version in place. */
    private byte[][] withVersion(byte[][] answers, long rowVersion) {
        byte[][] out = new byte[answers.length][];
        for (int n = 0; n < answers.length; n++) {
            byte[] replaced = replace(answers[n], versionPlaceholder, version(rowVersion));
            out[n] = replaced == null ? answers[n] : replaced;
        }
        return out;
    }

    /** {@code json} with the first {@code from} replaced by {@code to}, or null when it has none. */
    private static byte[] replace(byte[] json, byte[] from, byte[] to) {
        int k = indexOf(json, from);
        if (k < 0) {
            return null;
        }
        byte[] out = new byte[json.length - from.length + to.length];
        System.arraycopy(json, 0, out, 0, k);
        System.arraycopy(to, 0, out, k, to.length);
        System.arraycopy(json, k + from.length, out, k + to.length, json.length - k - from.length);
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
                lost |= em.createNativeQuery("insert into public_stamp (path, content_hash, updated_at, public_version) select cast(?1 as varchar(300)),"
                        + " cast(?2 as varchar(64)), cast(?3 as timestamp with time zone), cast(?4 as bigint) from published_change"
                        + " where id = 1 and not exists (select 1 from public_stamp where path = ?1)")
                        .setParameter(1, e.getKey()).setParameter(2, e.getValue().hash()).setParameter(3, e.getValue().at())
                        .unwrap(org.hibernate.query.NativeQuery.class)
                        // typed, so that a null (a record that shows no version) binds as a bigint on PostgreSQL too
                        .setParameter(4, e.getValue().version(), org.hibernate.type.StandardBasicTypes.LONG).executeUpdate() == 0;
            }
            for (Map.Entry<String, Row> e : updates.entrySet()) {
                // only over a different hash: another instance that kept this one first keeps its time and version
                lost |= em.createNativeQuery("update public_stamp set content_hash = ?2, updated_at = ?3, public_version = ?4"
                        + " where path = ?1 and content_hash <> ?2")
                        .setParameter(1, e.getKey()).setParameter(2, e.getValue().hash()).setParameter(3, e.getValue().at())
                        .unwrap(org.hibernate.query.NativeQuery.class)
                        // typed, so that a null (a record that shows no version) binds as a bigint on PostgreSQL too
                        .setParameter(4, e.getValue().version(), org.hibernate.type.StandardBasicTypes.LONG).executeUpdate() == 0;
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

    private static byte[] version(long version) {
        return ("\"version\":" + version).getBytes(StandardCharsets.UTF_8);
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
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
