package uk.goodpractice.directory;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Edits must not change what the read tests count, so editing tests run on a database of their own. */
public class EditingProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("directory.test.database", "editing");
    }
}
