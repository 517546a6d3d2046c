package uk.goodpractice.directory.delaydriver;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.initiative.Initiative;
import java.time.OffsetDateTime;

/** Initiative × driver × edition, with its provenance. */
@Entity
@Table(name = "driver_mapping")
public class DriverMapping extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "driver_id")
    public DelayDriver driver;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MappingProvenance provenance;

    @Column(length = 2000)
    public String rationale;

    /** Set when an editor deletes it: hidden from public reads, kept for restoring. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @jakarta.persistence.Version
    @Column(nullable = false)
    public long version;

    /** A new, unsaved mapping of {@code initiative} to {@code driver} in {@code edition}: set its provenance with {@link #apply}. */
    public static DriverMapping of(Initiative initiative, DelayDriver driver, Edition edition) {
        DriverMapping m = new DriverMapping();
        m.initiative = initiative;
        m.driver = driver;
        m.edition = edition;
        return m;
    }

    /** Sets the provenance and rationale, live again if it was deleted. */
    public void apply(MappingProvenance provenance, String rationale) {
        describe(provenance, rationale);
        deletedAt = null;
    }

    /** Sets the provenance and rationale; a blank rationale is none, whichever endpoint sent it. */
    void describe(MappingProvenance provenance, String rationale) {
        this.provenance = provenance;
        this.rationale = rationale == null || rationale.isBlank() ? null : rationale;
    }
}
