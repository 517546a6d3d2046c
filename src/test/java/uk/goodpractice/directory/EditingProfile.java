package uk.goodpractice.directory;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.account.BearerTokens;
import uk.goodpractice.directory.account.OidcProvider;

/**
 * The editing tests' profile. Edits must not change what the read tests count, so editing tests run
 * on a database of their own. Single sign-on is switched on here by configuration alone, as an
 * Entra ID deployment would through its environment: bearer tokens from {@link BearerTokens}'
 * issuer, and the browser sign-in at the organisation's OpenID Connect provider ({@link OidcProvider},
 * started for this profile). The default profile keeps both off, as the README's run command does.
 * One profile, not two: each profile is another Quarkus build and start, with the data set loaded again.
 */
public class EditingProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(BearerTokens.configuration());
        config.put("directory.test.database", "editing");
        // no browser tests here: skip building the frontend for this start
        config.put("quarkus.quinoa", "false");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcProvider.class));
    }
}
