package uk.goodpractice.directory.common;

/** Whether public reads may show a record. Editing (drafts) builds on this. */
public enum PublicationStatus {
    DRAFT, PUBLISHED
}
