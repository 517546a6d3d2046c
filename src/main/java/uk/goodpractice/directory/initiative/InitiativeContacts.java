package uk.goodpractice.directory.initiative;

import java.util.List;
import uk.goodpractice.directory.common.BodyReferences;

/**
 * The contacts that name an initiative, as an initiative's edit reads and sets them. The contact
 * owns the link (a contact lists its initiatives), so the contact feature implements this and the
 * initiative feature needs no arrow into it.
 */
public interface InitiativeContacts {

    /** The slugs of the live contacts that name {@code initiative}, in slug order. */
    List<String> linkedSlugs(Initiative initiative);

    /** Notes on {@code refs}, at {@code pointer}, each slug that names no live contact. */
    void requireLive(BodyReferences refs, List<String> slugs, String pointer);

    /**
     * Makes the live contacts named by {@code slugs} exactly the live ones that name {@code initiative}:
     * each one added or dropped is changed (and gets a new version); a deleted contact keeps its link.
     */
    void link(Initiative initiative, List<String> slugs);
}
