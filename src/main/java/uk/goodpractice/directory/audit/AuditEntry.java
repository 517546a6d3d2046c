package uk.goodpractice.directory.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Who changed what, when, with the record before and after. Written once, never updated. */
@Entity
@Table(name = "audit_entry")
class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(nullable = false, updatable = false, length = 100)
    public String actor;

    @Column(nullable = false, updatable = false, length = 20)
    public String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
    public String entityType;

    @Column(name = "entity_slug", nullable = false, updatable = false, length = 160)
    public String entitySlug;

    @Column(name = "before_json", updatable = false, length = 1_000_000)
    public String beforeJson;

    @Column(name = "after_json", updatable = false, length = 1_000_000)
    public String afterJson;
}
