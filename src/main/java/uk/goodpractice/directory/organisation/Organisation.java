package uk.goodpractice.directory.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.goodpractice.directory.common.Slugs;

/** An organisation named as a lead, partner or contact's employer, as printed. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    static final int SLUG_LENGTH = 200;
    static final int NAME_LENGTH = 400;

    @Column(nullable = false, unique = true, length = SLUG_LENGTH)
    public String slug;

    @Column(nullable = false, length = NAME_LENGTH)
    public String name;

    /** Why {@code name} cannot name an organisation, or null if it can (or is blank: no organisation). */
    public static String problemWithName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.strip().length() > NAME_LENGTH) {
            return "must be at most " + NAME_LENGTH + " characters";
        }
        String slug = Slugs.of(name);
        if (slug.isEmpty()) {
            return "must contain a letter or a digit";
        }
        if (slug.length() > SLUG_LENGTH) {
            return "makes a web address name of " + slug.length() + " characters (at most " + SLUG_LENGTH
                    + " fit; \"&\" counts as \" and \"): shorten it";
        }
        return null;
    }

    /** The organisation with this name (matched by its slug), created if the directory does not know it yet. */
    public static Organisation findOrCreate(String name) {
        if (problemWithName(name) != null) {
            throw new IllegalArgumentException("Unvalidated organisation name: " + problemWithName(name));
        }
        String slug = Slugs.of(name);
        return Organisation.<Organisation>find("slug", slug).firstResultOptional().orElseGet(() -> {
            Organisation o = new Organisation();
            o.slug = slug;
            o.name = name.strip();
            o.persist();
            return o;
        });
    }
}
