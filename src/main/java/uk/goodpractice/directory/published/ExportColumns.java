package uk.goodpractice.directory.published;

import java.util.List;

/**
 * The columns of each CSV export, in order: the README and the contract describe them from here.
 * A list in one cell holds slugs separated by semicolons, so files join on slugs.
 */
final class ExportColumns {

    public static final List<String> INITIATIVES = List.of("slug", "title", "summary", "leadOrganisation", "areas", "editions",
            "delayDrivers", "themes", "updatedAt");
    public static final List<String> AREA_CONTACTS = List.of("slug", "name", "role", "organisation", "email", "phone", "note", "areas",
            "initiatives", "edition");
    public static final List<String> AREAS = List.of("slug", "name", "type", "parent", "initiativeCount");
    public static final List<String> DRIVERS = List.of("slug", "position", "label", "shortLabel", "description", "initiativeCount");
    public static final List<String> BY_DRIVER_AND_EDITION = List.of("driver", "driverLabel", "edition", "editionTitle", "editionLabel",
            "initiatives");
    public static final List<String> BY_AREA = List.of("area", "name", "type", "parent", "initiatives");
    public static final List<String> BY_THEME = List.of("edition", "theme", "title", "parent", "initiatives");

    private ExportColumns() {
    }
}
