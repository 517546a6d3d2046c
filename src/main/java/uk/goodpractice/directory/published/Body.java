package uk.goodpractice.directory.published;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import uk.goodpractice.directory.common.HttpCaching;

/**
 * One response body as served: its JSON bytes, the strong ETag hashed from exactly those bytes,
 * and its gzip variant. The tag and the gzip are made the first time a client needs them, then
 * kept: a rebuild makes new bodies (the directory dump changes with every write) that may never be
 * asked for before the next one.
 *
 * <p>A body is held whole ({@link #json}) or, for the directory dump, as the parts it is served
 * from one after another: the dump repeats every detail body, and at 10,000 initiatives a second,
 * whole copy of them was tens of megabytes more on the heap (twice while a rebuild held the old
 * snapshot's too). Its parts are the detail bodies' own arrays, so it costs only their references.
 */
final class Body {

    /** The bytes of a body held whole; null for one {@link #assembled} from parts. */
    final byte[] json;
    private final List<byte[]> parts;
    private final int length;
    private volatile String etag;
    private volatile byte[] gzip;

    Body(byte[] json) {
        this.json = json;
        this.parts = List.of(json);
        this.length = json.length;
    }

    private Body(List<byte[]> parts, int length) {
        this.json = null;
        this.parts = parts;
        this.length = length;
    }

    /** A body served as {@code parts} one after another, without copying them into one array. */
    static Body assembled(List<byte[]> parts) {
        long length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        return new Body(List.copyOf(parts), Math.toIntExact(length));
    }

    /** The bytes, in order: the whole body, or the parts it is assembled from. */
    List<byte[]> parts() {
        return parts;
    }

    int length() {
        return length;
    }

    /** The whole body in one array: {@link #json}, or for an assembled body a copy (only for the REST layer's rare reads). */
    byte[] bytes() {
        if (json != null) {
            return json;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    void writeTo(OutputStream out) throws IOException {
        for (byte[] p : parts) {
            out.write(p);
        }
    }

    /** The strong ETag: a hash of exactly the bytes served. */
    String etag() {
        String e = etag;
        if (e == null) {
            e = json != null ? HttpCaching.etag(json) : HttpCaching.etag(parts);
            etag = e;
        }
        return e;
    }

    /** The gzip variant, or the plain bytes where compressing would not make them smaller. */
    byte[] gzip() {
        byte[] g = gzip;
        if (g == null) {
            g = compress(parts, length);
            gzip = g;
        }
        return g;
    }

    boolean gzipWorthIt() {
        return length > 256;
    }

    static byte[] compress(byte[] bytes) {
        return compress(List.of(bytes), bytes.length);
    }

    private static byte[] compress(List<byte[]> parts, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            for (byte[] p : parts) {
                gz.write(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
