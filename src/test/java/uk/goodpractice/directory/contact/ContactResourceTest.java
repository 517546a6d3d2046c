package uk.goodpractice.directory.contact;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactResourceTest {

    private static final String LIST = "/api/v1/area-contacts";

    @Nested
    class ListContacts {

        @Test
        void initiativeFilter_returnsItsContactsExactlyAsPrinted() {
            api().queryParam("initiative", "daybreak-family-group-conferences").get(LIST).then().statusCode(200)
                    .body("results.name", hasItems("Angela Archer", "Richard Chalmers"))
                    .body("results.phone", everyItem(equalTo("023 8069 6644")))
                    .body("results.email", hasItem("angelaarcher@daybreakfgc.org.uk"));
        }

        @Test
        void areaAndEditionFilters_answerWhoToContactAbout2016ProjectsInACouncil() {
            api().queryParam("area", "leeds").queryParam("edition", "innovation-programme-directory-2016").get(LIST).then().statusCode(200)
                    .body("results.email", hasItem("Andy.lloyd@leeds.gov.uk"))
                    .body("results.edition.slug", everyItem(equalTo("innovation-programme-directory-2016")));
        }

        @Test
        void q_matchesNameRoleOrEmail() {
            api().queryParam("q", "garraway").get(LIST).then().statusCode(200)
                    .body("results[0].slug", equalTo("joe-garraway"));
        }

        @Test
        void unknownInitiative_returns400NamingTheParameter() {
            api().queryParam("initiative", "nope").get(LIST).then().statusCode(400)
                    .body("errors[0].parameter", equalTo("initiative"));
        }

        @Test
        void pageSizeOver100_returns400() {
            api().queryParam("pageSize", 1000).get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("pageSize"));
        }
    }

    @Nested
    class GetContact {

        @Test
        void knownSlug_returnsTheContact() {
            api().get(LIST + "/joe-garraway").then().statusCode(200)
                    .body("initiatives.slug", hasItem("salford-strengthening-families"));
        }

        @Test
        void unknownSlug_returns404ProblemJson() {
            api().get(LIST + "/nobody").then().statusCode(404).contentType("application/problem+json");
        }
    }
}
