package uk.goodpractice.directory.edition;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditionResourceTest {

    @Nested
    class ListEditions {

        @Test
        void fiveEditions_oldestFirst_withCounts() {
            api().get("/api/v1/editions").then().statusCode(200)
                    .body("paging.totalResults", equalTo(5))
                    .body("results.slug", contains("innovation-programme-directory-2016", "salford-strengthening-families-handbook",
                            "good-practice-guide-2024-25-q2", "good-practice-guide-edition-4",
                            "cheshire-west-and-chester-trailblazer-practice-guide"))
                    .body("results.initiativeCount", contains(53, 1, 7, 7, 1))
                    .body("results.hasMatrix", contains(false, false, true, true, false));
        }

        @Test
        void pageSizeText_returns400() {
            api().queryParam("pageSize", "ten").get("/api/v1/editions").then().statusCode(400)
                    .body("errors[0].parameter", equalTo("pageSize"));
        }
    }

    @Nested
    class GetEdition {

        @Test
        void quarter2_hasItsLabelThemeIntroductionSuggestionsContactAndUpcomingItems() {
            api().get("/api/v1/editions/good-practice-guide-2024-25-q2").then().statusCode(200)
                    .body("label", equalTo("Quarter 2: 2024/25"))
                    .body("theme", equalTo("Supporting and engaging parents and young people"))
                    .body("introduction.heading", contains("Purpose", "Structure overview", "Introduction to this issue"))
                    .body("suggestionsContact.email", equalTo("yannick.mitchell@mutualventures.co.uk"))
                    .body("initiatives", hasSize(7))
                    .body("initiatives.citation", contains("Slide 6", "Slide 7", "Slide 8", "Slide 9", "Slide 10", "Slide 11", "Slide 12"))
                    .body("upcoming.title", contains("London Infant and Family Team", "Positive Choices",
                            "Family Drug and Alcohol Court", "Teesside 'Floating' Case Management System"))
                    .body("upcoming[2].initiative.slug", equalTo("family-drug-and-alcohol-court"));
        }

        @Test
        void directory2016_groupsItsProjectsByThemeAndSection() {
            api().get("/api/v1/editions/innovation-programme-directory-2016").then().statusCode(200)
                    .body("themes", hasSize(3))
                    .body("themes.sections.flatten()", hasSize(9))
                    .body("initiatives[0].theme.slug", equalTo("rethinking-social-work"))
                    .body("initiatives[0].section.slug", equalTo("social-work-methodology"));
        }

        @Test
        void unknownSlug_returns404ProblemJson() {
            api().get("/api/v1/editions/edition-99").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString("edition-99"));
        }
    }

    @Nested
    class GetMatrix {

        @Test
        void edition4_matrix_isTheTenDriversByItsSevenColumnsAsPrinted() {
            api().get("/api/v1/editions/good-practice-guide-edition-4/matrix").then().statusCode(200)
                    .body("columns", hasSize(7))
                    .body("columns[1].title", equalTo("One Adoption West Yorkshire – EPP Practice Development"))
                    .body("rows", hasSize(10))
                    .body("rows[0].driver.slug", equalTo("late-family-presentation"))
                    .body("rows[0].cells", contains(true, false, false, false, false, true, false))
                    .body("rows[3].cells", contains(false, false, false, false, false, false, false))
                    .body("rows[9].cells", contains(true, true, false, true, true, true, true));
        }

        @Test
        void editionWithoutAPrintedMatrix_returns404ProblemJson() {
            api().get("/api/v1/editions/salford-strengthening-families-handbook/matrix").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString("prints no delay-driver matrix"));
        }
    }
}
