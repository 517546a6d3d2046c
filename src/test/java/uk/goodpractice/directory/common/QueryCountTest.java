package uk.goodpractice.directory.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A list costs a bounded number of SQL statements whatever the page size: no N+1.
 * Counted with Hibernate statistics (enabled in the test profile).
 */
@QuarkusTest
class QueryCountTest {

    private static final int BOUND = 12;

    @Inject
    EntityManagerFactory emf;

    private long statementsFor(String path, int pageSize) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        api().queryParam("pageSize", pageSize).get(path).then().statusCode(200);
        return stats.getPrepareStatementCount();
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
