package uk.goodpractice.directory.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.published.PublishedReadModel;
import java.util.concurrent.TimeUnit;

/**
 * The loader is the first user of the validation rules. This class starts the service on an empty
 * database (seeding switched off) so that it can load the data set itself.
 */
@QuarkusTest
@TestProfile(SeedLoaderTest.EmptyDatabase.class)
class SeedLoaderTest {

    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // no browser tests here: skip building the frontend for this start
            return Map.of("directory.seed.enabled", "false",
                    "directory.test.database", "seedtest",
                    "quarkus.quinoa", "false");
        }
    }

    @Inject
    SeedLoader loader;

    @jakarta.inject.Inject
    PublishedReadModel readModel;

    @Test
    void invalidDataSet_isRefusedWithEveryProblemNamingFileRecordAndField() {
        SeedException e = assertThrows(SeedException.class, () -> loader.read(SeedSource.classpath("seed-invalid")));
        assertThat(e.problems(), hasItems(
                "drivers.yaml: delay driver slug 'court-capacity' is used twice",
                "areas.yaml: area 'salford' parent: no area has the slug 'north-west'",
                "editions/bad-edition.yaml: initiative 'first-initiative': slug is used twice in this edition",
                "editions/bad-edition.yaml: initiative 'first-initiative': areas: no area has the slug 'atlantis'",
                "editions/bad-edition.yaml: initiative 'first-initiative': drivers: no delay driver has the slug 'slow-courts'",
                "editions/bad-edition.yaml: initiative 'first-initiative': leadOrganisation: '—' must contain a letter or a digit"));
        assertThat(e.problems(), hasItem(
                "editions/bad-edition.yaml: initiative 'first-initiative' (initiatives[0].contacts[0].email): must be a well-formed email address"));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("editions/bad-edition.yaml: initiative 'first-initiative' (initiatives[0].contacts[0].phone)")),
                e.problems().toString());
        assertThat(e.problems(), hasItem("editions/bad-edition.yaml: edition.publicationDate: must be YYYY, YYYY-MM or YYYY-MM-DD"));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("initiatives[1].sections[0].blocks[0].list.items")), e.problems().toString());
    }

    @Test
    void unknownField_isRefusedNamingIt() {
        SeedException e = assertThrows(SeedException.class, () -> loader.read(SeedSource.classpath("seed-unknown-field")));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("editions/typo.yaml: "), e.problems().get(0));
        assertTrue(e.problems().get(0).endsWith("unknown field 'sumary'"), e.problems().get(0));
    }

    @Test
    void invalidDataSet_leavesNothingLoaded_thenTheRealOneLoadsOnce_andASecondLoadChangesNothing() {
        assertThrows(SeedException.class, () -> loader.loadIfEmpty(SeedSource.classpath("seed-invalid")));
        api().get("/api/v1/editions").then().statusCode(200).body("paging.totalResults", org.hamcrest.Matchers.equalTo(0));
        api().get("/api/v1/delay-drivers").then().statusCode(200).body("paging.totalResults", org.hamcrest.Matchers.equalTo(0));

        assertTrue(loader.loadIfEmpty(SeedSource.classpath("data")));
        // at start the published snapshot is built after the data set is loaded; here the load comes later
        publishAgain();
        String first = api().queryParam("pageSize", 100).get("/api/v1/initiatives").then().statusCode(200).extract().asString();

        assertFalse(loader.loadIfEmpty(SeedSource.classpath("data")));
        publishAgain();
        String second = api().queryParam("pageSize", 100).get("/api/v1/initiatives").then().statusCode(200).extract().asString();
        assertEquals(first, second);
        api().get("/api/v1/editions").then().body("paging.totalResults", org.hamcrest.Matchers.equalTo(5));
    }

    private void publishAgain() {
        try {
            readModel.refresh().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the published snapshot could not be rebuilt", e);
        }
    }
}
