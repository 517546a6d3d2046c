package uk.goodpractice.directory.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs are the API's stable identifiers: lower-case ASCII words joined by hyphens. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text.replace("&", " and "), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("’", "").replace("'", "")
                .toLowerCase(Locale.ROOT);
        String slug = NON_ALNUM.matcher(ascii).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
