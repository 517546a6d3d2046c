package uk.goodpractice.directory.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A signed-in browser. The cookie holds a random id; this row holds only its SHA-256, so the table gives no one a session. */
@Entity
@Table(name = "browser_session")
class SessionRecord extends PanacheEntityBase {

    @Id
    @Column(name = "id_hash", length = 64)
    String idHash;

    @Column(nullable = false, length = 100)
    String username;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    OffsetDateTime lastSeenAt;
}
