package uk.goodpractice.directory.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.goodpractice.directory.common.VersionedEntity;
import java.time.OffsetDateTime;

/** A local authority, combined authority, region, partnership or the national scope. */
@Entity
@Table(name = "area")
public class Area extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public AreaType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Area parent;

    /** Set when an editor deletes it: hidden from public reads, kept for restoring. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /** Sets the fields an editor edits: how the editors' writes and the data-set loader both set them. */
    public void write(String name, AreaType type, Area parent) {
        this.name = name;
        this.type = type;
        this.parent = parent;
    }
}
