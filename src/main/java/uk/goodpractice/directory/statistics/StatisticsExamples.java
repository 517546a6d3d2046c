package uk.goodpractice.directory.statistics;

/** Example bodies of the statistics for the OpenAPI document, from the real data set. */
final class StatisticsExamples {

    private StatisticsExamples() {
    }

    static final String BY_DRIVER_AND_EDITION = """
            {"rows":[{"driver":"late-family-presentation","driverLabel":"Late presentation of family members",
            "edition":"good-practice-guide-edition-4","editionTitle":"Good Practice Guide","editionLabel":"Edition 4","initiatives":3}]}""";

    static final String BY_DRIVER_AND_EDITION_CSV = "driver,driverLabel,edition,editionTitle,editionLabel,initiatives\r\n"
            + "late-family-presentation,Late presentation of family members,good-practice-guide-edition-4,Good Practice Guide,Edition 4,3\r\n";

    static final String BY_AREA = """
            {"rows":[{"area":"north-west","name":"North West","type":"REGION","initiatives":13},
            {"area":"salford","name":"Salford City Council","type":"LOCAL_AUTHORITY","parent":"north-west","initiatives":1}]}""";

    static final String BY_AREA_CSV = "area,name,type,parent,initiatives\r\nnorth-west,North West,REGION,,13\r\n"
            + "salford,Salford City Council,LOCAL_AUTHORITY,north-west,1\r\n";

    static final String BY_THEME = """
            {"rows":[{"edition":"good-practice-guide-2016","theme":"rethinking-social-work","title":"Theme 1: Rethinking social work","initiatives":17},
            {"edition":"good-practice-guide-2016","theme":"social-work-methodology","title":"Section 1.1: Social work methodology",
            "parent":"rethinking-social-work","initiatives":8}]}""";

    static final String BY_THEME_CSV = "edition,theme,title,parent,initiatives\r\n"
            + "good-practice-guide-2016,rethinking-social-work,Theme 1: Rethinking social work,,17\r\n";
}
