package uk.goodpractice.directory.published;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * RFC 4180 CSV: CRLF line ends, a field quoted (inner quotes doubled) only where it holds a comma,
 * quote or line break, UTF-8 without a byte-order mark. Written by Jackson's CSV module.
 */
final class Csv {

    private static final ObjectWriter ROW = new CsvMapper().writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

    private Csv() {
    }

    /** One record, with its CRLF. {@code null} cells are empty. */
    static byte[] row(Object... cells) {
        String[] text = Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toArray(String[]::new);
        try {
            return ROW.writeValueAsBytes(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a CSV row", e);
        }
    }

    /** List values in one cell: separated by semicolons. */
    static String list(List<String> values) {
        return String.join(";", values.stream().filter(Objects::nonNull).toList());
    }

    /** A whole file: the header, then each row. */
    static byte[] file(List<String> header, List<byte[]> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(row(header.toArray()));
        rows.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
