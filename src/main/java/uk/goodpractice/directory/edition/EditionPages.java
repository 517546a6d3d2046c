package uk.goodpractice.directory.edition;

/**
 * An edition's page, as {@code GET /editions/{slug}} answers it (the {@code EditionDetail} schema):
 * the edition with what refers to it, the initiatives it presents and the items it announces. Those
 * are the initiative feature's records, which point at editions, so the page is composed in a package
 * above them ({@code editiondetail}), which implements this.
 */
public interface EditionPages {

    /** The edition's page (a draft only when {@code includeDrafts}); 404 when no such edition is visible. */
    Object findEditionBySlug(String slug, boolean includeDrafts);
}
