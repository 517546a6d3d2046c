package uk.goodpractice.directory.delaydriver;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.goodpractice.directory.common.VersionedEntity;

/** One of the ten key drivers of delay of the DFJ Trailblazer pilot. */
@Entity
@Table(name = "delay_driver")
public class DelayDriver extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    /** As printed in the guides' matrices. */
    @Column(nullable = false, length = 200)
    public String label;

    /** As printed on the guides' initiative slides. */
    @Column(name = "short_label", nullable = false, length = 200)
    public String shortLabel;

    @Column(length = 2000)
    public String description;

    /** Matrix order, from 1. */
    @Column(nullable = false)
    public int position;
}
