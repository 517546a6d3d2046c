package uk.goodpractice.directory.area;

/** The kind of place an area is. */
public enum AreaType {
    LOCAL_AUTHORITY, COMBINED_AUTHORITY, REGION, PARTNERSHIP, NATIONAL
}
