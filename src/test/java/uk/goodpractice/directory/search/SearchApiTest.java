package uk.goodpractice.directory.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ranked search on the public lists, as a client sees it. */
@QuarkusTest
class SearchApiTest {

    private static final String INITIATIVES = "/api/v1/initiatives";
    private static final String CONTACTS = "/api/v1/area-contacts";

    private static JsonPath search(String q) {
        return api().queryParam("q", q).queryParam("pageSize", 100).get(INITIATIVES).then().statusCode(200).extract().jsonPath();
    }

    @Nested
    class Initiatives {

        @Test
        void advocacy_findsInitiativesThatOnlySayAdvocate() {
            List<String> advocacy = search("advocacy").getList("results.slug");
            List<String> advocate = search("advocate").getList("results.slug");
            assertEquals(advocacy, advocate);
            assertFalse(advocacy.isEmpty());
        }

        @Test
        void theAcronym_findsTheInitiativeNamedInFull_andTheFullNameFindsWhatSaysOnlyTheAcronym() {
            assertEquals("family-drug-and-alcohol-court", search("FDAC").getString("results[0].slug"));
            assertTrue(search("family drug and alcohol court").getList("results.slug").contains("family-drug-and-alcohol-court"));
        }

        @Test
        void withQ_resultsComeBestFirst_andTitleMatchesLead() {
            JsonPath result = search("hope boxes");
            assertEquals("lancaster-hope-boxes", result.getString("results[0].slug"));
            assertEquals(result.getList("results.slug"),
                    api().queryParam("q", "hope boxes").queryParam("sort", "relevance").queryParam("pageSize", 100).get(INITIATIVES)
                            .then().statusCode(200).extract().jsonPath().getList("results.slug"));
        }

        @Test
        void withQAndSortTitle_theSameResultsComeInTitleOrder() {
            List<String> ranked = search("family").getList("results.title");
            List<String> byTitle = api().queryParam("q", "family").queryParam("sort", "title").queryParam("pageSize", 100).get(INITIATIVES)
                    .then().statusCode(200).extract().jsonPath().getList("results.title");
            List<String> sorted = new ArrayList<>(ranked);
            sorted.sort(String.CASE_INSENSITIVE_ORDER); // as people read: capitals ignored
            assertEquals(sorted, byTitle);
            assertTrue(ranked.size() > 10);
        }

        @Test
        void aQuotedPhrase_matchesOnlyThoseWordsTogether() {
            // both words are everywhere; "court family", in that order, almost nowhere
            int phrase = search("\"court family\"").getInt("paging.totalResults");
            int words = search("court family").getInt("paging.totalResults");
            assertTrue(phrase < words && words > 5, phrase + " vs " + words);
            assertTrue(search("\"family group conference\"").getList("results.slug").contains("daybreak-family-group-conferences"));
        }

        @Test
        void eachResult_carriesEscapedHighlightsOfWhereItMatched() {
            JsonPath result = search("hope boxes");
            List<String> title = result.getList("results[0].highlights.title");
            assertTrue(title.get(0).startsWith("Lancaster <mark>HOPE</mark> <mark>Boxes</mark>"), title.toString());
            for (Object fragments : result.getList("results.highlights.sections")) {
                if (fragments != null) {
                    for (Object f : (List<?>) fragments) {
                        String text = f.toString().replace("<mark>", "").replace("</mark>", "");
                        assertFalse(text.contains("<") || text.contains(">"), f.toString());
                    }
                }
            }
        }

        @Test
        void withoutQ_thereAreNoHighlights() {
            api().get(INITIATIVES).then().statusCode(200).body("results.highlights", everyItem(equalTo(null)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"unbalanced", "title:hope", "*", "hope~2", "/h.pe/", "((hope", "hope)", "AND", "hope AND", "\\",
                "[a TO z]", "{}", "^2", "!", "&&", "||", "-", "+", "hope^100", "?ope", "h*e", "NOT", "\"\"", "::::", "<script>alert(1)</script>"})
        void hostileQuerySyntax_isSearchedNeverA500(String q) {
            api().queryParam("q", q).get(INITIATIVES).then().statusCode(200);
            api().queryParam("q", q).get(CONTACTS).then().statusCode(200);
        }

        @Test
        void filtersStillNarrowASearch() {
            int all = search("family").getInt("paging.totalResults");
            int inEdition = api().queryParam("q", "family").queryParam("edition", "good-practice-guide-edition-4").get(INITIATIVES)
                    .then().statusCode(200).extract().path("paging.totalResults");
            assertTrue(inEdition > 0 && inEdition < all);
        }
    }

    @Nested
    class Contacts {

        @Test
        void anAcronym_findsThePeopleWhoWorkOnTheInitiative() {
            api().queryParam("q", "FDAC").get(CONTACTS).then().statusCode(200)
                    .body("results.slug", hasItems("sophie-kershaw", "mike-shaw"))
                    .body("results.initiatives.slug.flatten()", hasItem("family-drug-and-alcohol-court"));
        }

        @Test
        void aName_stillFindsThePerson() {
            api().queryParam("q", "garraway").get(CONTACTS).then().statusCode(200)
                    .body("results[0].slug", equalTo("joe-garraway"));
        }

        @Test
        void wordsFoundNowhere_findNobody() {
            api().queryParam("q", "zzzz-nobody").get(CONTACTS).then().statusCode(200)
                    .body("paging.totalResults", equalTo(0)).body("results.slug", not(hasItem("joe-garraway")));
        }
    }
}
