package uk.goodpractice.directory.ratelimit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** How much of one client's allowance for one purpose is used: a leaky bucket kept in the database. */
@Entity
@Table(name = "client_budget")
class ClientBudget extends PanacheEntityBase {

    @Id
    @Column(name = "budget_key", length = 200)
    String key;

    @Column(nullable = false)
    double level;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Column(name = "wait_until")
    OffsetDateTime waitUntil;
}
