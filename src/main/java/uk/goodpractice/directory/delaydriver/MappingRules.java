package uk.goodpractice.directory.delaydriver;

import uk.goodpractice.directory.common.BodyReferences;

/**
 * What a driver mapping must be, in one place: a mapping is written on its own
 * ({@code /api/v1/driver-mappings}) or in an initiative's {@code drivers}, and both answer the same
 * mistake in the same words.
 */
public final class MappingRules {

    private MappingRules() {
    }

    /** An EDITORIAL mapping says why the driver applies; otherwise a 400 at {@code pointer}. */
    public static void requireRationale(BodyReferences refs, String pointer, MappingProvenance provenance, String rationale) {
        if (provenance == MappingProvenance.EDITORIAL && (rationale == null || rationale.isBlank())) {
            refs.reject(pointer, "an editorial mapping needs a rationale");
        }
    }

    /** A mapping belongs to an edition the initiative appears in; otherwise a 400 at {@code pointer}. */
    public static void requireAppearance(BodyReferences refs, String pointer, boolean appears, String initiative, String edition) {
        if (!appears) {
            refs.reject(pointer, "the initiative '" + initiative + "' does not appear in '" + edition + "'");
        }
    }
}
