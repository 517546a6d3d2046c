package uk.goodpractice.directory.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * Editable records carry a version for optimistic locking (the future ETag) and timestamps.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    @Column(nullable = false)
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * Makes the next write a new version (and so a new ETag) though none of this record's own columns
     * changed: for a change to something it shows that lives in other rows, such as an initiative's
     * contacts or mappings, or an edition's list of initiatives. Written at the flush, where a
     * concurrent save of the same version fails as a 412; never two increments in one save.
     */
    public void newVersion() {
        updatedAt = OffsetDateTime.now();
    }
}
