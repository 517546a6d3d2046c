package uk.goodpractice.directory.published;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import uk.goodpractice.directory.common.HttpCaching;

/**
 * One response body as served: its JSON bytes, the strong ETag hashed from exactly those bytes,
 * and its gzip variant (made once, the first time a client asks for it, then kept).
 */
final class Body {

    final byte[] json;
    final String etag;
    private volatile byte[] gzip;

    Body(byte[] json) {
        this.json = json;
        this.etag = HttpCaching.etag(json);
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
