package uk.goodpractice.directory.area;

/**
 * An area's page, as {@code GET /areas/{slug}} answers it (the {@code AreaDetail} schema): the area
 * with what refers to it, its initiatives and contacts. Those features point at area, so the page is
 * composed in a package above them ({@code areadetail}), which implements this.
 */
public interface AreaPages {

    /** The live area's page; 404 when no live area has this slug. */
    Object findAreaBySlug(String slug);
}
