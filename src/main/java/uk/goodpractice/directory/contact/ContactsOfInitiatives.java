package uk.goodpractice.directory.contact;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.goodpractice.directory.common.BodyReferences;
import uk.goodpractice.directory.initiative.Initiative;

/** The contacts an initiative's edit names: the link is the contact's (a contact lists its initiatives). */
@ApplicationScoped
public class ContactsOfInitiatives {

    /** The slugs of the live contacts that name {@code initiative}, in slug order. */
    public List<String> linkedSlugs(Initiative initiative) {
        return linked(initiative).stream().map(c -> c.slug).toList();
    }

    /** Notes on {@code refs}, at {@code pointer}, each slug that names no live contact. */
    public void requireLive(BodyReferences refs, List<String> slugs, String pointer) {
        refs.each(Contact.class, BodyReferences.LIVE, slugs, pointer);
    }

    /**
     * Makes the live contacts named by {@code slugs} exactly the live ones that name {@code initiative}:
     * each one added or dropped is changed (and gets a new version); a deleted contact keeps its link.
     */
    public void link(Initiative initiative, List<String> slugs) {
        List<Contact> current = linked(initiative);
        Set<Contact> wanted = new LinkedHashSet<>(slugs.isEmpty() ? List.of()
                : Contact.<Contact>list("slug in ?1 and deletedAt is null", slugs));
        current.stream().filter(c -> !wanted.contains(c)).forEach(c -> c.initiatives.remove(initiative));
        wanted.stream().filter(c -> !current.contains(c)).forEach(c -> c.initiatives.add(initiative));
    }

    private static List<Contact> linked(Initiative initiative) {
        return Contact.list("select c from Contact c join c.initiatives x where x = ?1 and c.deletedAt is null order by c.slug", initiative);
    }
}
