package uk.goodpractice.directory.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import uk.goodpractice.directory.Editing;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A public read runs no SQL at all: it is answered from the published snapshot. Counted twice over:
 * Hibernate's prepared statements, and connections taken from the pool (any JDBC use needs one).
 * An editor's read, still on the database, costs a bounded number of statements whatever the
 * page size: no N+1.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(uk.goodpractice.directory.EditingProfile.class)
class QueryCountTest {

    private static final int BOUND = 12;

    @Inject
    EntityManagerFactory emf;

    @Inject
    AgroalDataSource dataSource;

    private long statementsFor(String path, int pageSize) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        Editing.asEditor().queryParam("pageSize", pageSize).get(path).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    @BeforeEach
    void editor() {
        Editing.accounts();
    }

    /** Every public read the contract offers, with filters, search, sorting, paging and path parameters filled. */
    private static final List<String> PUBLIC_READS = List.of(
            "/api/v1/initiatives", "/api/v1/initiatives?pageSize=100&sort=-updated",
            "/api/v1/initiatives?driver=lack-of-information-sharing&edition=good-practice-guide-edition-4",
            "/api/v1/initiatives?area=north-west&theme=social-work-methodology", "/api/v1/initiatives?q=court&page=1",
            "/api/v1/initiatives?organisation=family-rights-group", "/api/v1/initiatives/lancaster-hope-boxes",
            "/api/v1/delay-drivers", "/api/v1/delay-drivers/lack-of-information-sharing",
            "/api/v1/editions", "/api/v1/editions/good-practice-guide-edition-4", "/api/v1/editions/good-practice-guide-edition-4/matrix",
            "/api/v1/areas?type=LOCAL_AUTHORITY&q=man", "/api/v1/areas/salford",
            "/api/v1/area-contacts?area=salford&q=lead", "/api/v1/area-contacts/joe-garraway",
            "/api/v1/organisations?q=council", "/api/v1/deletions?since=2020-01-01T00:00:00Z");

    @Test
    void publicReads_runNoSqlAtAll() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        for (String read : PUBLIC_READS) {
            stats.clear();
            long connections = dataSource.getMetrics().acquireCount();
            given().accept("application/json").get(read).then().statusCode(200);
            given().accept("application/json").header("Accept-Encoding", "gzip").get(read).then().statusCode(200);
            assertEquals(0, stats.getPrepareStatementCount(), read + " ran SQL");
            assertEquals(connections, dataSource.getMetrics().acquireCount(), read + " took a database connection");
        }
    }

    @Test
    void publicReads_loadNoEntity_soParseNoJsonColumn() {
        // sections, links, figures and references are JSON text converted when an entity loads: once per snapshot, never per request
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        for (String read : PUBLIC_READS) {
            given().accept("application/json").get(read).then().statusCode(200);
        }
        assertEquals(0, stats.getEntityLoadCount(), "entities loaded while answering public reads");
        assertEquals(0, stats.getCollectionLoadCount(), "collections loaded while answering public reads");
    }

    @Test
    void initiativeList_costsTheSameStatementsForPagesOf5And100() {
        long small = statementsFor("/api/v1/initiatives", 5);
        long large = statementsFor("/api/v1/initiatives", 100);
        assertEquals(small, large, "statements for 5 vs 100 results");
        assertTrue(large <= BOUND, "initiative list used " + large + " statements");
    }

    @Test
    void contactList_costsTheSameStatementsForPagesOf5And100() {
        long small = statementsFor("/api/v1/area-contacts", 5);
        long large = statementsFor("/api/v1/area-contacts", 100);
        assertEquals(small, large, "statements for 5 vs 100 results");
        assertTrue(large <= BOUND, "contact list used " + large + " statements");
    }

    @Test
    void areaAndEditionLists_areBounded() {
        assertEquals(statementsFor("/api/v1/areas", 5), statementsFor("/api/v1/areas", 100));
        assertEquals(statementsFor("/api/v1/editions", 2), statementsFor("/api/v1/editions", 100));
    }
}
