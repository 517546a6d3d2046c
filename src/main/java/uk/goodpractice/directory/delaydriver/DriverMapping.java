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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The mappings of each of these initiatives (by id), deleted ones too, with their drivers and
     * editions, oldest first: one statement however many initiatives. The mapping owns the link, so
     * an initiative has no collection of them.
     */
    public static Map<Long, List<DriverMapping>> ofInitiatives(Collection<Long> initiativeIds) {
        Map<Long, List<DriverMapping>> of = new HashMap<>();
        if (!initiativeIds.isEmpty()) {
            DriverMapping.<DriverMapping>list("from DriverMapping m join fetch m.driver join fetch m.edition"
                    + " where m.initiative.id in ?1 order by m.id", initiativeIds)
                    .forEach(m -> of.computeIfAbsent(m.initiative.id, k -> new ArrayList<>()).add(m));
        }
        return of;
    }

    /** One initiative's mappings, as {@link #ofInitiatives} gives them. */
    public static List<DriverMapping> ofInitiative(Initiative initiative) {
        return ofInitiatives(List.of(initiative.id)).getOrDefault(initiative.id, new ArrayList<>());
    }

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
