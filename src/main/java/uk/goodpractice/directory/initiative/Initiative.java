package uk.goodpractice.directory.initiative;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.VersionedEntity;
import uk.goodpractice.directory.organisation.Organisation;
import java.util.Locale;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

/**
 * A good-practice initiative, held once however many editions present it; each edition's own
 * text lives in its {@link Appearance}.
 */
@Entity
@Table(name = "initiative")
public class Initiative extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 160)
    public String slug;

    @Column(nullable = false, length = 400)
    public String title;

    @Column(length = 2000)
    public String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_organisation_id")
    public Organisation leadOrganisation;

    @ManyToMany
    @JoinTable(name = "initiative_partner",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    public List<Organisation> partners = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "initiative_area",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    @OrderBy("name")
    public Set<Area> areas = new LinkedHashSet<>();

    @OneToMany(mappedBy = "initiative")
    @OrderBy("id")
    public List<Appearance> appearances = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PublicationStatus status;

    /** Set when an editor deletes it: hidden from every read, kept for restoring and for mirrors. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /**
     * Set when a published initiative goes back to draft (or is restored from deletion as a draft),
     * so the deletions feed tells mirrors to drop it; cleared when it is published again.
     */
    @Column(name = "unpublished_at")
    public OffsetDateTime unpublishedAt;

    /** Lower-cased text of titles, summaries and sections of every appearance, for {@code q}. */
    // only the editors' database search reads it: not loaded with every initiative (the published snapshot loads them all)
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_text", length = 1_000_000)
    public String searchText;

    /** Rebuilds {@link #searchText} from the initiative's own fields and every appearance's wording. */
    public void refreshSearchText() {
        searchText = searchText(a -> true);
    }

    /**
     * The lower-cased text {@code q} searches: the initiative's own fields and the wording of the
     * appearances {@code shown} accepts (the published snapshot passes only the public ones).
     */
    public String searchText(Predicate<Appearance> shown) {
        StringBuilder sb = new StringBuilder();
        append(sb, title);
        append(sb, summary);
        append(sb, leadOrganisation == null ? null : leadOrganisation.name);
        partners.forEach(p -> append(sb, p.name));
        for (Appearance a : appearances) {
            if (!shown.test(a)) {
                continue;
            }
            append(sb, a.title);
            append(sb, a.matrixTitle);
            append(sb, a.summary);
            a.sections.forEach(section -> sb.append(section.plainText()));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Sets the status, noting when a published initiative stops being public (for the deletions feed). */
    public void changeStatus(PublicationStatus next) {
        if (status == PublicationStatus.PUBLISHED && next != PublicationStatus.PUBLISHED) {
            unpublishedAt = OffsetDateTime.now();
        } else if (next == PublicationStatus.PUBLISHED) {
            unpublishedAt = null;
        }
        status = next;
    }

    private static void append(StringBuilder sb, String text) {
        if (text != null) {
            sb.append(text).append('\n');
        }
    }

    /**
     * A new, unsaved initiative with its own fields set: how the editors' writes and the data-set loader
     * both start one. A blank lead organisation is none; a named one is found or created by its name.
     */
    public static Initiative create(String slug, String title, String summary, String leadOrganisation, PublicationStatus status) {
        Initiative i = new Initiative();
        i.slug = slug;
        i.title = title;
        i.summary = summary;
        i.status = status;
        i.leadBy(leadOrganisation);
        return i;
    }

    /** Sets the lead organisation by its name: a blank one is none; a named one is found or created. */
    public void leadBy(String organisation) {
        leadOrganisation = organisation == null || organisation.isBlank() ? null : Organisation.findOrCreate(organisation);
    }
}
