package uk.goodpractice.directory.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation named as a lead, partner or contact's employer, as printed. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 200)
    public String slug;

    @Column(nullable = false, length = 400)
    public String name;

    /** The organisation with this name (matched by its slug), created if the directory does not know it yet. */
    public static Organisation findOrCreate(String name) {
        String slug = uk.goodpractice.directory.common.Slugs.of(name);
        return Organisation.<Organisation>find("slug", slug).firstResultOptional().orElseGet(() -> {
            Organisation o = new Organisation();
            o.slug = slug;
            o.name = name.strip();
            o.persist();
            return o;
        });
    }
}
