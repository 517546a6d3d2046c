package uk.goodpractice.directory.delaydriver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.EditionRef;
import uk.goodpractice.directory.edition.EditionService;
import uk.goodpractice.directory.initiative.Appearance;

/**
 * An edition's delay-driver matrix: its columns are the initiatives it presents that print a header
 * or have a tick, its rows and ticks this feature's drivers and mappings.
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
        Edition edition = editions.findVisibleEdition(slug, includeDrafts);
        List<Appearance> columns = columns(edition, Appearance.presentedIn(edition, EditionService.statuses(includeDrafts)));
        if (columns.isEmpty()) {
            throw new ApiException.NotFound("The edition '" + slug + "' prints no delay-driver matrix");
        }
        Set<String> ticked = ticks.ticks(edition);
        List<DelayDriver> drivers = DelayDriver.list("order by position");
        return new MatrixViews.Matrix(EditionRef.from(edition),
                columns.stream().map(a -> new MatrixViews.MatrixColumn(a.position, a.initiative.slug,
                        a.matrixTitle != null ? a.matrixTitle : a.title)).toList(),
                drivers.stream().map(d -> new MatrixViews.MatrixRow(DriverRef.from(d),
                        columns.stream().map(a -> ticked.contains(d.slug + "|" + a.initiative.slug)).toList())).toList());
    }

    /**
     * The matrix columns among the appearances an edition {@code presented}: initiatives with a printed
     * matrix header, or with a tick in this edition's matrix. None: the edition prints no matrix.
     */
    public List<Appearance> columns(Edition edition, List<Appearance> presented) {
        if (presented.stream().allMatch(a -> a.matrixTitle != null)) {
            return presented;
        }
        Set<String> ticked = ticks.tickedInitiatives(edition);
        return presented.stream().filter(a -> a.matrixTitle != null || ticked.contains(a.initiative.slug)).toList();
    }
}
