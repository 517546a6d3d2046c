package uk.goodpractice.directory.edition;

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

/** A theme, or a section within a theme (parent set), that an edition groups its initiatives by. */
@Entity
@Table(name = "theme")
public class Theme extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Theme parent;

    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    @Column(nullable = false, length = 400)
    public String title;

    @Column(nullable = false)
    public int position;
}
