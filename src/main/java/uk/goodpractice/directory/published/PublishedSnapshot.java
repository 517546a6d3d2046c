package uk.goodpractice.directory.published;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the public can see, at one commit: immutable once built, replaced whole. Detail
 * bodies are serialised once with their ETags; lists keep each entry's JSON with the values their
 * filters need; {@link #slugs} are what a public filter value may name.
 *
 * @param counter the {@code published_change} counter this snapshot was built at
 * @param details the body of each public detail, by path under {@code /api/v1/} (e.g. {@code initiatives/lifelong-links})
 * @param lists the entries of each small list, by path under {@code /api/v1/}, in the order the list gives them
 * @param slugs the public slugs per JPQL entity name (DelayDriver, Edition, Area, Organisation, Theme, Initiative)
 * @param buildMillis how long the build took
 * @param analyst search indexes, facet labels and CSV rows made from this snapshot (see {@link AnalystViews})
 * @param initiativesMade what was made of each public initiative, by id: the next rebuild reuses those whose rows did not change
 * @param initiativesReused how many of them this build reused from the previous snapshot
 * @param recordsMade what was made of each edition, driver, area and contact, by path, in list order
 * @param recordsReused how many of those this build reused from the previous snapshot
 */
record PublishedSnapshot(
        long counter,
        InitiativeCatalogue initiatives,
        Map<String, Body> details,
        Map<String, List<ListItem>> lists,
        Map<String, Set<String>> slugs,
        long buildMillis,
        AnalystViews analyst,
        Map<Long, PublishedInitiative> initiativesMade,
        int initiativesReused,
        Map<String, PublishedRecord> recordsMade,
        int recordsReused) {

    public long initiativeCount() {
        return initiatives.size();
    }
}
