package uk.goodpractice.directory.delaydriver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import uk.goodpractice.directory.edition.EditionRef;
import uk.goodpractice.directory.edition.EditionService;
import uk.goodpractice.directory.initiative.Appearance;

/**
 * An edition's delay-driver matrix: the edition says which initiatives are its columns, the rows and
 * ticks are this feature's drivers and mappings.
 */
@ApplicationScoped
public class MatrixService {

    private final EditionService editions;
    private final PrintedTicks ticks;

    MatrixService(EditionService editions, PrintedTicks ticks) {
        this.editions = editions;
        this.ticks = ticks;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MatrixViews.Matrix findMatrixByEditionSlug(String slug, boolean includeDrafts) {
        EditionService.MatrixColumns matrix = editions.findMatrixColumns(slug, includeDrafts);
        List<Appearance> columns = matrix.columns();
        Set<String> ticked = ticks.ticks(matrix.edition());
        List<DelayDriver> drivers = DelayDriver.list("order by position");
        return new MatrixViews.Matrix(EditionRef.from(matrix.edition()),
                columns.stream().map(a -> new MatrixViews.MatrixColumn(a.position, a.initiative.slug,
                        a.matrixTitle != null ? a.matrixTitle : a.title)).toList(),
                drivers.stream().map(d -> new MatrixViews.MatrixRow(DriverRef.from(d),
                        columns.stream().map(a -> ticked.contains(d.slug + "|" + a.initiative.slug)).toList())).toList());
    }
}
