package uk.goodpractice.directory.export;

/** Example bodies of the exports for the OpenAPI document, taken from the real data set. */
final class ExportExamples {

    private ExportExamples() {
    }

    static final String INITIATIVES = "slug,title,summary,leadOrganisation,areas,editions,delayDrivers,themes,updatedAt\r\n"
            + "lifelong-links,Lifelong Links – Family Rights Group,,family-rights-group,,good-practice-guide-edition-4,"
            + "late-family-presentation,,2026-11-23T12:00:00Z\r\n";

    static final String CONTACTS = "slug,name,role,organisation,email,phone,note,areas,initiatives,edition\r\n"
            + "joe-garraway,Joe Garraway,Preventing Recurrent Care Proceedings Lead,salford-city-council,joe.garraway@salford.gov.uk,,,"
            + "salford,,good-practice-guide-2024-25-q2\r\n";

    static final String AREAS = "slug,name,type,parent,initiativeCount\r\n"
            + "north-west,North West,REGION,,13\r\n"
            + "salford,Salford City Council,LOCAL_AUTHORITY,north-west,1\r\n";

    static final String DRIVERS = "slug,position,label,shortLabel,description,initiativeCount\r\n"
            + "late-family-presentation,1,Late presentation of family members,Late family presentation,,8\r\n";

    static final String MATRIX = "driver,driverLabel,lifelong-links,family-group-conferencing\r\n"
            + "late-family-presentation,Late presentation of family members,true,true\r\n"
            + "court-capacity,Court capacity,false,false\r\n";

    static final String DUMP = """
            {"licence":{"name":"Open Government Licence v3.0","url":"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"},
            "attribution":"Contains public sector information licensed under the Open Government Licence v3.0.",
            "asOf":"2026-11-23T12:00:00.123456Z",
            "delayDrivers":[],"editions":[],"matrices":[],"initiatives":[],"areas":[],"areaContacts":[],
            "organisations":[{"slug":"family-rights-group","name":"Family Rights Group"}]}""";
}
