package uk.goodpractice.directory.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.common.VersionedEntity;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.organisation.Organisation;
import java.time.OffsetDateTime;
import uk.goodpractice.directory.common.PublicationStatus;

/** A person or team published as a contact, exactly as printed by the edition that published them. */
@Entity
@Table(name = "contact")
public class Contact extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 160)
    public String slug;

    @Column(length = 200)
    public String name;

    @Column(length = 400)
    public String role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(length = 254)
    public String email;

    @Column(length = 100)
    public String phone;

    /** What the source printed where it is unreadable or inconsistent. */
    @Column(length = 1000)
    public String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    @ManyToMany
    @JoinTable(name = "contact_area",
            joinColumns = @JoinColumn(name = "contact_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    @OrderBy("name")
    public Set<Area> areas = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "contact_initiative",
            joinColumns = @JoinColumn(name = "contact_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    @OrderBy("title")
    public Set<Initiative> initiatives = new LinkedHashSet<>();

    @Column(name = "search_text", nullable = false, length = 4000)
    public String searchText;

    /** Set when an editor deletes it: hidden from public reads, kept for restoring. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /**
     * A JPQL condition that the contact named {@code alias} is public: not deleted, and published by
     * an edition that is itself published and not deleted.
     */
    public static String isPublic(String alias) {
        return alias + ".deletedAt is null and " + alias + ".edition.status = uk.goodpractice.directory.common.PublicationStatus.PUBLISHED"
                + " and " + alias + ".edition.deletedAt is null";
    }

    /** Rebuilds {@link #searchText}, the lower-cased text {@code q} searches, from the printed fields. */
    public void refreshSearchText() {
        searchText = Stream.of(name, role, organisation == null ? null : organisation.name, email, note)
                .filter(Objects::nonNull).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }

    /**
     * Sets the printed fields, published by {@code edition}, and the search text that follows from them:
     * how the editors' writes and the data-set loader both word a contact. A blank organisation is none;
     * a named one is found or created by its name.
     */
    public void write(String name, String role, String organisation, String email, String phone, String note, Edition edition) {
        this.name = name;
        this.role = role;
        this.organisation = organisation == null || organisation.isBlank() ? null : Organisation.findOrCreate(organisation.trim());
        this.email = email;
        this.phone = phone;
        this.note = note;
        this.edition = edition;
        refreshSearchText();
    }
}
