package uk.goodpractice.directory.initiativeapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.contact.Contact;
import uk.goodpractice.directory.contact.ContactView;
import uk.goodpractice.directory.delaydriver.DriverMapping;
import uk.goodpractice.directory.edition.EditionVisibility;
import uk.goodpractice.directory.initiative.UpcomingItem;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.initiative.InitiativeVisibility;

/**
 * An initiative's page for the editors' reads and for a public read the snapshot has not answered
 * (the snapshot builds the public one from the same {@link InitiativeDetail#from}).
 */
@ApplicationScoped
class InitiativeDetailService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public InitiativeDetail findInitiativeBySlug(String slug, boolean includeDrafts) {
        Initiative initiative = (includeDrafts
                ? Initiative.<Initiative>find("slug = ?1 and deletedAt is null", slug)
                : Initiative.<Initiative>find("from Initiative i where i.slug = ?1 and " + InitiativeVisibility.PUBLIC.formatted("i"), slug))
                .firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("initiative", slug));
        String editionVisible = (includeDrafts ? EditionVisibility.EDITOR : EditionVisibility.PUBLIC);
        List<UpcomingItem> announcements = UpcomingItem.list("initiative = ?1 and " + editionVisible.formatted("edition")
                + " order by edition.position, position", initiative);
        List<ContactView> contacts = Contact.<Contact>find("select c from Contact c join c.initiatives i where i = ?1 and c.deletedAt is null and "
                + editionVisible.formatted("c.edition") + " order by c.name", initiative).list()
                .stream().map(ContactView::from).toList();
        return InitiativeDetail.from(initiative, announcements, contacts, DriverMapping.ofInitiative(initiative),
                includeDrafts ? EditionVisibility::editorCanSee : EditionVisibility::publicCanSee);
    }
}
