package uk.goodpractice.directory.delaydriver;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.edition.EditionRef;

/** API shapes of an edition's delay-driver matrix: its drivers × its initiatives, as printed. */
public final class MatrixViews {

    private MatrixViews() {
    }

    @Schema(name = "Matrix", description = "A delay-driver matrix exactly as the edition prints it: rows are the ten drivers in order, columns its initiatives in printed order")
    public record Matrix(@Schema(required = true) EditionRef edition,
            @Schema(required = true) List<MatrixColumn> columns,
            @Schema(required = true) List<MatrixRow> rows) {
    }

    @Schema(name = "MatrixColumn")
    public record MatrixColumn(@Schema(example = "1", required = true) int position,
            @Schema(example = "pre-case-management-hearing-pilot", required = true) String slug,
            @Schema(description = "The column header as printed", example = "Pre-Case Management Hearing Pilot", required = true) String title) {
    }

    @Schema(name = "MatrixRow")
    public record MatrixRow(@Schema(required = true) DriverRef driver,
            @Schema(description = "One cell per column, in column order: true where the matrix prints a tick", required = true) List<Boolean> cells) {
    }
}
