package uk.goodpractice.directory.initiative;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.goodpractice.directory.edition.Edition;

/** An item an edition announces for a later one; linked to an initiative only where the sources make the identity clear. */
@Entity
@Table(name = "upcoming_item")
public class UpcomingItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 400)
    public String title;

    @Column(nullable = false, length = 4000)
    public String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;
}
