package uk.goodpractice.directory.area;

import java.util.List;

/**
 * A feature whose records refer to areas. Initiatives and contacts implement it, so an area can be
 * refused deletion while they still use it, and can give what shows it a new version when it is
 * renamed, without the area feature pointing back at them.
 */
public interface AreaUsers {

    /** Where these uses come in the message that refuses a delete: lower first. */
    int order();

    /** What the users are called in that message, e.g. "initiatives". */
    String name();

    /** The slugs of the live records that use {@code area}, in slug order. */
    List<String> liveSlugsUsing(Area area);

    /** {@code area}'s name or type changed: give every initiative that shows it (through these records) a new version. */
    void areaShownChanged(Area area);
}
