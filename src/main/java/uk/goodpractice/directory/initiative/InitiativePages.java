package uk.goodpractice.directory.initiative;

/**
 * An initiative's page, as {@code GET /initiatives/{slug}} answers it (the {@code InitiativeDetail}
 * schema): the initiative with what refers to it, such as its contacts. Those features point at
 * initiative, so the page is composed in a package above them ({@code initiativedetail}), which
 * implements this.
 */
public interface InitiativePages {

    /** The page's body and the initiative's version (an editor's ETag names it). */
    record Page(Object body, long version) {
    }

    /** The initiative's page (a draft only when {@code includeDrafts}); 404 when no such initiative is visible. */
    Page findPageBySlug(String slug, boolean includeDrafts);
}
