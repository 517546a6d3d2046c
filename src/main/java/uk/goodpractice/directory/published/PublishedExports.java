package uk.goodpractice.directory.published;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.goodpractice.directory.common.ApiException;
import java.io.ByteArrayOutputStream;
import uk.goodpractice.directory.common.HttpCaching;

/**
 * The CSV exports and the statistics, read from the snapshot in place: for the export and
 * statistics resources, so that they too run no SQL.
 */
@ApplicationScoped
public class PublishedExports {

    /** A CSV export to stream: its header line, then its rows. */
    public record CsvFile(byte[] header, List<byte[]> rows) {

        public void writeTo(OutputStream out) throws IOException {
            out.write(header);
            for (byte[] row : rows) {
                out.write(row);
            }
        }

        /** The strong tag of exactly these bytes. */
        public String etag() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(header);
            rows.forEach(all::writeBytes);
            return HttpCaching.etag(all.toByteArray());
        }
    }

    private final PublishedReadModel readModel;

    PublishedExports(PublishedReadModel readModel) {
        this.readModel = readModel;
    }

    private PublishedSnapshot snapshot() {
        PublishedSnapshot s = readModel.current();
        if (s == null) {
            throw new IllegalStateException("The published snapshot is not built yet");
        }
        return s;
    }

    /** Every initiative the list gives for these (already validated) parameters, as CSV rows. */
    public CsvFile initiatives(Map<String, List<String>> params) {
        List<byte[]> rows = PublicAnswers.initiativeRows(snapshot(), params);
        if (rows == null) {
            throw new ApiException.InvalidParameter("q", "cannot be exported");
        }
        return new CsvFile(Csv.row(ExportColumns.INITIATIVES.toArray()), rows);
    }

    /** Every contact the list gives for these (already validated) parameters, as CSV rows. */
    public CsvFile contacts(Map<String, List<String>> params) {
        List<byte[]> rows = PublicAnswers.contactRows(snapshot(), params);
        if (rows == null) {
            throw new ApiException.InvalidParameter("q", "cannot be exported");
        }
        return new CsvFile(Csv.row(ExportColumns.AREA_CONTACTS.toArray()), rows);
    }

    /**
     * A whole CSV file: {@code areas}, {@code delay-drivers}, {@code matrices/{edition}} or
     * {@code statistics/{name}}; empty where there is none.
     */
    public Optional<byte[]> file(String name) {
        return Optional.ofNullable(snapshot().analyst().files.get(name));
    }

    /** A snapshot body (JSON) by its path under {@code /api/v1/}, e.g. a statistic; empty where there is none. */
    public Optional<byte[]> json(String path) {
        Body b = snapshot().details().get(path);
        return b == null ? Optional.empty() : Optional.of(b.bytes());
    }

    /** The directory dump: its tag and its bytes, written out without first copying them into one array. */
    public record Dump(String etag, jakarta.ws.rs.core.StreamingOutput bytes) {
    }

    public Optional<Dump> dump() {
        Body b = snapshot().details().get(AnalystViewsBuilder.DUMP);
        return b == null ? Optional.empty() : Optional.of(new Dump(b.etag(), b::writeTo));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
