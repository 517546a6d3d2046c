package uk.goodpractice.directory.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.VersionedEntity;
import uk.goodpractice.directory.content.JsonColumns;
import uk.goodpractice.directory.content.Section;

/** One publication that presents initiatives. */
@Entity
@Table(name = "edition")
public class Edition extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    @Column(nullable = false, length = 400)
    public String title;

    @Column(length = 400)
    public String subtitle;

    @Column(nullable = false, length = 200)
    public String series;

    /** The edition label as printed, e.g. "Quarter 2: 2024/25". */
    @Column(nullable = false, length = 200)
    public String label;

    /** ISO 8601 at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
    @Column(name = "publication_date", length = 10)
    public String publicationDate;

    @Column(length = 400)
    public String publisher;

    @Column(length = 400)
    public String theme;

    @Column(name = "source_file", length = 200)
    public String sourceFile;

    @Convert(converter = JsonColumns.Sections.class)
    @Column(length = 1_000_000)
    public List<Section> introduction;

    @Column(name = "suggestions_text", length = 2000)
    public String suggestionsText;

    @Column(name = "suggestions_email", length = 254)
    public String suggestionsEmail;

    /** Chronological order of the editions, from 1. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PublicationStatus status;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Set when an editor deletes it: hidden from public reads, kept for restoring. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /** Sets the fields an editor edits, title to suggestions address: how the editors' writes and the data-set loader both set them. */
    public void write(String title, String subtitle, String series, String label, String publicationDate, String publisher, String theme,
            String suggestionsText, String suggestionsEmail) {
        this.title = title;
        this.subtitle = subtitle;
        this.series = series;
        this.label = label;
        this.publicationDate = publicationDate;
        this.publisher = publisher;
        this.theme = theme;
        this.suggestionsText = suggestionsText;
        this.suggestionsEmail = suggestionsEmail;
    }
}
