package uk.goodpractice.directory.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.Refs.DriverRef;
import uk.goodpractice.directory.common.Refs.EditionRef;
import uk.goodpractice.directory.common.Refs.InitiativeRef;
import uk.goodpractice.directory.common.Refs.ThemeRef;
import uk.goodpractice.directory.delaydriver.DelayDriver;
import uk.goodpractice.directory.delaydriver.MappingProvenance;
import uk.goodpractice.directory.initiative.Appearance;

@ApplicationScoped
public class EditionService {

    private final EntityManager em;

    public EditionService(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<EditionViews.Summary> listEditions(PageRequest page) {
        long total = Edition.count("status", PublicationStatus.PUBLISHED);
        List<Edition> editions = Edition.find("status = ?1 order by position", PublicationStatus.PUBLISHED)
                .page(page.page() - 1, page.pageSize()).list();
        Map<Long, EditionViews.Counts> counts = counts();
        return Paged.of(editions.stream().map(e -> EditionViews.Summary.from(e, counts.getOrDefault(e.id, EditionViews.Counts.NONE))).toList(), page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionViews.Detail findEditionBySlug(String slug) {
        Edition e = published(slug);
        List<Theme> themes = Theme.list("edition = ?1 order by position", e);
        List<EditionViews.ThemeView> themeViews = themes.stream().filter(t -> t.parent == null)
                .map(t -> new EditionViews.ThemeView(t.slug, t.title,
                        themes.stream().filter(s -> s.parent == t).map(ThemeRef::from).toList()))
                .toList();
        List<Appearance> appearances = appearances(e);
        List<EditionViews.EditionInitiative> initiatives = appearances.stream().map(a -> new EditionViews.EditionInitiative(
                a.position, a.initiative.slug, a.title, a.matrixTitle, a.summary,
                a.theme == null ? null : ThemeRef.from(a.theme.parent == null ? a.theme : a.theme.parent),
                a.theme == null || a.theme.parent == null ? null : ThemeRef.from(a.theme),
                a.citation)).toList();
        List<UpcomingItem> upcoming = UpcomingItem.list("edition = ?1 order by position", e);
        List<EditionViews.Upcoming> upcomingViews = upcoming.stream().map(u -> new EditionViews.Upcoming(u.position, u.title, u.text,
                u.initiative == null || u.initiative.status != PublicationStatus.PUBLISHED ? null : InitiativeRef.from(u.initiative))).toList();
        boolean hasMatrix = appearances.stream().anyMatch(a -> a.matrixTitle != null);
        return new EditionViews.Detail(e.slug, e.title, e.subtitle, e.series, e.label, e.publicationDate, e.publisher, e.theme,
                e.sourceFile, e.status, e.publishedAt, initiatives.size(), upcomingViews.size(), hasMatrix, e.introduction,
                e.suggestionsEmail == null ? null : new EditionViews.SuggestionsContact(e.suggestionsText, e.suggestionsEmail),
                themeViews, initiatives, upcomingViews, e.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionViews.Matrix findMatrixByEditionSlug(String slug) {
        Edition e = published(slug);
        List<Appearance> columns = appearances(e).stream().filter(a -> a.matrixTitle != null).toList();
        if (columns.isEmpty()) {
            throw new ApiException.NotFound("The edition '" + slug + "' prints no delay-driver matrix");
        }
        Set<String> ticks = new HashSet<>(em.createQuery("select concat(m.driver.slug, '|', m.initiative.slug) from DriverMapping m"
                + " where m.edition = :e and m.provenance = :printed", String.class)
                .setParameter("e", e).setParameter("printed", MappingProvenance.PRINTED_MATRIX).getResultList());
        List<DelayDriver> drivers = DelayDriver.list("order by position");
        return new EditionViews.Matrix(EditionRef.from(e),
                columns.stream().map(a -> new EditionViews.MatrixColumn(a.position, a.initiative.slug, a.matrixTitle)).toList(),
                drivers.stream().map(d -> new EditionViews.MatrixRow(DriverRef.from(d),
                        columns.stream().map(a -> ticks.contains(d.slug + "|" + a.initiative.slug)).toList())).toList());
    }

    private Edition published(String slug) {
        return Edition.<Edition>find("slug = ?1 and status = ?2", slug, PublicationStatus.PUBLISHED).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("edition", slug));
    }

    private List<Appearance> appearances(Edition e) {
        return Appearance.list("select a from Appearance a join fetch a.initiative i left join fetch a.theme t left join fetch t.parent"
                + " where a.edition = ?1 and i.status = ?2 order by a.position", e, PublicationStatus.PUBLISHED);
    }

    /** Per-edition counts in two grouped statements, whatever the number of editions. */
    private Map<Long, EditionViews.Counts> counts() {
        Map<Long, EditionViews.Counts> counts = new HashMap<>();
        em.createQuery("select a.edition.id, count(a), count(a.matrixTitle) from Appearance a"
                + " where a.initiative.status = :p group by a.edition.id", Object[].class)
                .setParameter("p", PublicationStatus.PUBLISHED).getResultList()
                .forEach(r -> counts.put((Long) r[0], new EditionViews.Counts((Long) r[1], 0, (Long) r[2] > 0)));
        em.createQuery("select u.edition.id, count(u) from UpcomingItem u group by u.edition.id", Object[].class).getResultList()
                .forEach(r -> counts.merge((Long) r[0], new EditionViews.Counts(0, (Long) r[1], false),
                        (a, b) -> new EditionViews.Counts(a.initiatives(), b.upcoming(), a.hasMatrix())));
        return counts;
    }
}
