package uk.goodpractice.directory.initiativeapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a search result's {@code highlights} (made by the published read model): per field
 * that matched, up to two passages.
 */
@Schema(name = "SearchHighlights", description = "Passages that match `q`, per field that matched: HTML-escaped text with each match in "
        + "`<mark>…</mark>`, safe to insert as HTML")
record SearchHighlights(
        @Schema(example = "[\"<mark>Family</mark> <mark>Drug</mark> and <mark>Alcohol</mark> <mark>Court</mark>\"]") List<String> title,
        List<String> summary,
        List<String> sections,
        List<String> contacts) {
}
