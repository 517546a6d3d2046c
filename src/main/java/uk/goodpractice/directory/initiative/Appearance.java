package uk.goodpractice.directory.initiative;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import uk.goodpractice.directory.content.Figure;
import uk.goodpractice.directory.content.JsonColumns;
import uk.goodpractice.directory.content.Link;
import uk.goodpractice.directory.content.Reference;
import uk.goodpractice.directory.content.Section;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.Theme;
import uk.goodpractice.directory.common.PublicationStatus;

/** An initiative as one edition presents it: its printed place, wording and citation. */
@Entity
@Table(name = "appearance")
public class Appearance extends PanacheEntityBase {

    /** Column lengths of the content stored as JSON; edits are validated against the same numbers. */
    public static final int SECTIONS_LENGTH = 1_000_000;
    public static final int LINKS_LENGTH = 100_000;
    public static final int FIGURES_LENGTH = 100_000;
    public static final int REFERENCES_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    /** Printed order within the edition, from 1. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 400)
    public String title;

    @Column(name = "matrix_title", length = 400)
    public String matrixTitle;

    @Column(length = 2000)
    public String summary;

    /** The theme or section (a theme with a parent) the edition prints it under. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    public Theme theme;

    @Column(nullable = false, length = 500)
    public String citation;

    // the printed content is read (and its JSON parsed) only where it is shown: lists, editions' pages, matrices and
    // counts load appearances without it, which at 10,000 initiatives was most of a snapshot rebuild's time and heap
    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = JsonColumns.Sections.class)
    @Column(nullable = false, length = SECTIONS_LENGTH)
    public List<Section> sections;

    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = JsonColumns.Links.class)
    @Column(nullable = false, length = LINKS_LENGTH)
    public List<Link> links;

    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = JsonColumns.Figures.class)
    @Column(nullable = false, length = FIGURES_LENGTH)
    public List<Figure> figures;

    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = JsonColumns.References.class)
    @Column(name = "source_references", nullable = false, length = REFERENCES_LENGTH)
    public List<Reference> references;

    /**
     * A new appearance of {@code initiative} in {@code edition} at {@code position}, worded as {@code edit}
     * says and saved: how the editors' writes and the data-set loader both make one.
     */
    public static Appearance create(Initiative initiative, Edition edition, int position, AppearanceEdit edit, Theme theme) {
        Appearance a = new Appearance();
        a.initiative = initiative;
        a.edition = edition;
        a.position = position;
        a.write(edit, theme);
        a.persist();
        return a;
    }

    /** Sets the wording as printed, under {@code theme} (a theme or section of the edition, or none); no location cites "Entry n". */
    public void write(AppearanceEdit edit, Theme theme) {
        title = edit.title();
        matrixTitle = edit.matrixTitle();
        summary = edit.summary();
        this.theme = theme;
        citation = edit.location() == null || edit.location().isBlank() ? "Entry " + position : edit.location();
        sections = List.copyOf(edit.sections());
        links = List.copyOf(edit.links());
        figures = List.copyOf(edit.figures());
        references = List.copyOf(edit.references());
    }

    /**
     * The appearances in {@code edition} of the live initiatives with one of {@code statuses}, in printed
     * order, with their initiatives and themes: what an edition's page and its matrix list.
     */
    public static List<Appearance> presentedIn(Edition edition, List<PublicationStatus> statuses) {
        return Appearance.list("select a from Appearance a join fetch a.initiative i left join fetch a.theme t left join fetch t.parent"
                + " where a.edition = ?1 and i.status in ?2 and i.deletedAt is null order by a.position", edition, statuses);
    }
}
