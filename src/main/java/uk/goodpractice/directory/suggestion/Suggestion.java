package uk.goodpractice.directory.suggestion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import uk.goodpractice.directory.content.JsonColumns;
import uk.goodpractice.directory.content.Link;

/** An initiative suggested by a member of the public, waiting for an editor's decision. */
@Entity
@Table(name = "suggestion")
public class Suggestion extends PanacheEntityBase {

    public enum Status { NEW, ACCEPTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The identifier the API shows: not guessable, so suggestions cannot be enumerated. */
    @Column(name = "public_id", nullable = false, unique = true, length = 36)
    public String publicId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 5000)
    public String description;

    @Column(nullable = false, length = 200)
    public String organisation;

    @Column(length = 200)
    public String area;

    @Column(name = "contact_name", nullable = false, length = 100)
    public String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    public String contactEmail;

    @Convert(converter = JsonColumns.Links.class)
    @Column(nullable = false, length = 4000)
    public List<Link> links;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "decision_reason", length = 1000)
    public String decisionReason;

    @Column(name = "initiative_slug", length = 160)
    public String initiativeSlug;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Version
    @Column(nullable = false)
    public long version;
}
