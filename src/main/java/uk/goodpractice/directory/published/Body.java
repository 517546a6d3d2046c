package uk.goodpractice.directory.published;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import uk.goodpractice.directory.common.HttpCaching;

/**
 * One response body as served: its JSON bytes, the strong ETag hashed from exactly those bytes,
 * and its gzip variant. The tag and the gzip are made the first time a client needs them, then
 * kept: a rebuild makes new bodies (the directory dump changes with every write) that may never be
 * asked for before the next one.
 */
final class Body {

    final byte[] json;
    private volatile String etag;
    private volatile byte[] gzip;

    Body(byte[] json) {
        this.json = json;
    }

    /** The strong ETag: a hash of exactly {@link #json}. */
    String etag() {
        String e = etag;
        if (e == null) {
            e = HttpCaching.etag(json);
            etag = e;
        }
        return e;
    }

    /** The gzip variant, or the plain bytes where compressing would not make them smaller. */
    byte[] gzip() {
        byte[] g = gzip;
        if (g == null) {
            g = compress(json);
            gzip = g;
        }
        return g;
    }

    boolean gzipWorthIt() {
        return json.length > 256;
    }

    static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
