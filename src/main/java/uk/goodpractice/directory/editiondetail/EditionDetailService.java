package uk.goodpractice.directory.editiondetail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.goodpractice.directory.delaydriver.MatrixService;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.EditionPages;
import uk.goodpractice.directory.edition.EditionService;
import uk.goodpractice.directory.edition.Theme;
import uk.goodpractice.directory.edition.ThemeRef;
import uk.goodpractice.directory.initiative.Appearance;
import uk.goodpractice.directory.initiative.InitiativeRef;
import uk.goodpractice.directory.initiative.InitiativeVisibility;
import uk.goodpractice.directory.initiative.UpcomingItem;

/**
 * An edition's page, composed above the features it draws on: the edition and its themes (edition),
 * the initiatives it presents and the items it announces (initiative), whether it prints a matrix
 * (delaydriver). Those features point at edition, so the edition feature cannot list them itself.
 */
@ApplicationScoped
public class EditionDetailService implements EditionPages {

    private final EditionService editions;
    private final MatrixService matrices;

    EditionDetailService(EditionService editions, MatrixService matrices) {
        this.editions = editions;
        this.matrices = matrices;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionDetail findEditionBySlug(String slug, boolean includeDrafts) {
        Edition e = editions.findVisibleEdition(slug, includeDrafts);
        List<Theme> themes = Theme.list("edition = ?1 order by position", e);
        List<EditionDetail.ThemeView> themeViews = themes.stream().filter(t -> t.parent == null)
                .map(t -> new EditionDetail.ThemeView(t.slug, t.title,
                        themes.stream().filter(s -> s.parent == t).map(ThemeRef::from).toList()))
                .toList();
        List<Appearance> appearances = Appearance.presentedIn(e, EditionService.statuses(includeDrafts));
        List<EditionDetail.EditionInitiative> initiatives = appearances.stream().map(a -> new EditionDetail.EditionInitiative(
                a.position, a.initiative.slug, a.title, a.matrixTitle, a.summary,
                a.theme == null ? null : ThemeRef.from(a.theme.parent == null ? a.theme : a.theme.parent),
                a.theme == null || a.theme.parent == null ? null : ThemeRef.from(a.theme),
                a.citation)).toList();
        List<UpcomingItem> upcoming = UpcomingItem.list("edition = ?1 order by position", e);
        List<EditionDetail.Upcoming> upcomingViews = upcoming.stream().map(u -> new EditionDetail.Upcoming(u.position, u.title, u.text,
                u.initiative == null || !InitiativeVisibility.publicCanSee(u.initiative) ? null : InitiativeRef.from(u.initiative))).toList();
        boolean hasMatrix = !matrices.columns(e, appearances).isEmpty();
        return new EditionDetail(e.slug, e.title, e.subtitle, e.series, e.label, e.publicationDate, e.publisher, e.theme,
                e.sourceFile, e.status, e.publishedAt, initiatives.size(), upcomingViews.size(), hasMatrix, e.introduction,
                e.suggestionsEmail == null ? null : new EditionDetail.SuggestionsContact(e.suggestionsText, e.suggestionsEmail),
                themeViews, initiatives, upcomingViews, e.version, e.updatedAt);
    }
}
