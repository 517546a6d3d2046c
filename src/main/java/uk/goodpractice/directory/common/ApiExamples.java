package uk.goodpractice.directory.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.examples.Example;

/**
 * Realistic example bodies for the OpenAPI document, kept in one place. They are taken from the
 * real data set so that Swagger UI shows what a client will actually get.
 */
public final class ApiExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiExamples() {
    }

    /** One of these examples (any JSON) as the contract shows it: the value, not the text. */
    static Example example(String json) {
        try {
            return OASFactory.createExample().value(JSON.readValue(json, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An example in the contract is not JSON: " + json, e);
        }
    }

    public static final String INITIATIVE_PAGE = """
            {"results":[{"slug":"lifelong-links","title":"Lifelong Links – Family Rights Group",
            "leadOrganisation":{"slug":"family-rights-group","name":"Family Rights Group"},
            "areas":[],"editions":[{"slug":"good-practice-guide-edition-4","title":"Good Practice Guide","label":"Edition 4","publicationDate":"2024-11"}],
            "delayDrivers":[{"slug":"late-family-presentation","label":"Late presentation of family members","shortLabel":"Late family presentation"}],
            "updatedAt":"2026-11-23T12:00:00Z"}],
            "paging":{"page":1,"pageSize":20,"totalResults":1,"totalPages":1}}""";

    public static final String INITIATIVE = """
            {"slug":"lancaster-hope-boxes","title":"Lancaster HOPE Boxes","status":"PUBLISHED","partners":[],
            "areas":[],"appearances":[{"edition":{"slug":"good-practice-guide-2024-25-q2","title":"Good Practice Guide","label":"Quarter 2: 2024/25"},
            "position":5,"title":"Lancaster HOPE Boxes","matrixTitle":"Lancaster Hope Boxes",
            "citation":{"document":"Good Practice Guide — Quarter 2: 2024/25","location":"Slide 10","sourceFile":"000_eba4ad8c6e47cf7c.txt",
            "text":"Good Practice Guide: Reviewing good practice from relevant programmes in relation to the DFJ Trailblazer pilot, Quarter 2: 2024/25. DFJ Trailblazer pilot Learning Programme. Slide 10."},
            "sections":[{"heading":"Key features","blocks":[{"paragraph":"The initiative is underpinned by 5 core principles:"},
            {"list":{"ordered":false,"items":[{"text":"Reducing trauma"},{"text":"Supporting identity"}]}}]}],
            "links":[{"title":"Giving Hope Project","note":"(includes links to clips where mothers give their views on the value of Hope Boxes)"}],
            "figures":[],"references":[]}],"announcedIn":[],
            "delayDrivers":[{"driver":{"slug":"late-family-presentation","label":"Late presentation of family members","shortLabel":"Late family presentation"},
            "edition":{"slug":"good-practice-guide-2024-25-q2","title":"Good Practice Guide","label":"Quarter 2: 2024/25"},"provenance":"PRINTED_MATRIX"}],
            "contacts":[],"version":0,"createdAt":"2026-11-23T12:00:00Z","updatedAt":"2026-11-23T12:00:00Z"}""";

    public static final String INVALID_PARAMETER = """
            {"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
            "detail":"driver: no such value: 'late-presentation'","instance":"/api/v1/initiatives",
            "errors":[{"parameter":"driver","message":"no such value: 'late-presentation'"}]}""";

    public static final String NOT_FOUND = """
            {"type":"/problems/not-found","title":"Resource not found","status":404,
            "detail":"No initiative has the slug 'no-such-initiative'","instance":"/api/v1/initiatives/no-such-initiative"}""";

    public static final String DRIVER_PAGE = """
            {"results":[{"slug":"late-family-presentation","label":"Late presentation of family members","shortLabel":"Late family presentation",
            "description":"Relatives or friends who could care for the child are identified, or come forward, late in pre-proceedings or proceedings, so assessments of them start late.",
            "position":1,"initiativeCount":8,"updatedAt":"2026-11-23T12:00:00Z"}],"paging":{"page":1,"pageSize":20,"totalResults":10,"totalPages":1}}""";

    public static final String DRIVER = """
            {"slug":"court-capacity","label":"Court capacity","shortLabel":"Court capacity","position":3,
            "description":"Judicial and court time available to hear cases falls short of demand.",
            "editions":[{"edition":{"slug":"good-practice-guide-edition-4","title":"Good Practice Guide","label":"Edition 4","publicationDate":"2024-11"},
            "initiatives":[{"slug":"essex-family-hub-model","title":"Essex – Family Hub model","provenance":"PRINTED_MATRIX"}]}],"updatedAt":"2026-11-23T12:00:00Z"}""";

    public static final String EDITION_PAGE = """
            {"results":[{"slug":"good-practice-guide-edition-4","title":"Good Practice Guide","subtitle":"Reviewing good practice from relevant programmes in relation to the DFJ Trailblazer pilot",
            "series":"DFJ Trailblazer Good Practice Guide","label":"Edition 4","publicationDate":"2024-11","publisher":"DFJ Trailblazer pilot Learning Programme",
            "status":"PUBLISHED","initiativeCount":7,"upcomingCount":0,"hasMatrix":true,"updatedAt":"2026-11-23T12:00:00Z"}],"paging":{"page":1,"pageSize":20,"totalResults":5,"totalPages":1}}""";

    public static final String EDITION = """
            {"slug":"good-practice-guide-2024-25-q2","title":"Good Practice Guide","series":"DFJ Trailblazer Good Practice Guide","label":"Quarter 2: 2024/25",
            "theme":"Supporting and engaging parents and young people","status":"PUBLISHED","initiativeCount":7,"upcomingCount":4,"hasMatrix":true,
            "introduction":[{"heading":"Purpose","blocks":[{"paragraph":"The DFJ Trailblazer pilot is a DfE-funded programme supporting 5 Trailblazer DFJ areas throughout England to 1) identify drivers of delay across the family justice system, and 2) develop and deliver solutions."}]}],
            "suggestionsContact":{"text":"If you have any suggestions for initiatives to feature in future issues of this guide, please contact","email":"yannick.mitchell@mutualventures.co.uk"},
            "themes":[],"initiatives":[{"position":1,"slug":"dandelions-telford-and-wrekin","title":"Dandelions – Telford & Wrekin’s Parents with Experience Group","citation":"Slide 6"}],
            "upcoming":[{"position":3,"title":"Family Drug and Alcohol Court","text":"FDAC is a therapeutic, problem-solving court model which aims to provide parents with intensive support to help them to address their drug and alcohol issues, and reduce the numbers of children in care.",
            "initiative":{"slug":"family-drug-and-alcohol-court","title":"Family Drug and Alcohol Court (FDAC)"}}],"version":1,"updatedAt":"2026-11-23T12:00:00Z"}""";

    public static final String MATRIX = """
            {"edition":{"slug":"good-practice-guide-edition-4","title":"Good Practice Guide","label":"Edition 4","publicationDate":"2024-11"},
            "columns":[{"position":1,"slug":"pre-case-management-hearing-pilot","title":"Pre-Case Management Hearing Pilot"}],
            "rows":[{"driver":{"slug":"late-family-presentation","label":"Late presentation of family members","shortLabel":"Late family presentation"},"cells":[true]}]}""";

    public static final String AREA_PAGE = """
            {"results":[{"slug":"salford","name":"Salford City Council","type":"LOCAL_AUTHORITY","parent":{"slug":"north-west","name":"North West","type":"REGION"},"initiativeCount":1,"updatedAt":"2026-11-23T12:00:00Z"}],
            "paging":{"page":1,"pageSize":20,"totalResults":1,"totalPages":1}}""";

    public static final String AREA = """
            {"slug":"salford","name":"Salford City Council","type":"LOCAL_AUTHORITY","parent":{"slug":"north-west","name":"North West","type":"REGION"},
            "children":[],"initiatives":[{"slug":"salford-strengthening-families","title":"Strengthening Families"}],
            "contacts":[{"slug":"joe-garraway","name":"Joe Garraway","email":"joe.garraway@salford.gov.uk","areas":[],"initiatives":[],
            "edition":{"slug":"salford-strengthening-families-handbook","title":"Salford Strengthening Families Handbook","label":"Handbook"},"updatedAt":"2026-11-23T12:00:00Z"}],"updatedAt":"2026-11-23T12:00:00Z"}""";

    public static final String CONTACT_PAGE = """
            {"results":[{"slug":"angela-archer","name":"Angela Archer","email":"angelaarcher@daybreakfgc.org.uk","phone":"023 8069 6644",
            "areas":[],"initiatives":[{"slug":"daybreak-family-group-conferences","title":"Family Group Conferences"}],
            "edition":{"slug":"innovation-programme-directory-2016","title":"Children's Social Care Innovation Programme","label":"Directory Autumn 2016","publicationDate":"2016"},"updatedAt":"2026-11-23T12:00:00Z"}],
            "paging":{"page":1,"pageSize":20,"totalResults":1,"totalPages":1}}""";

    public static final String CONTACT = """
            {"slug":"joe-garraway","name":"Joe Garraway","role":"Preventing Recurrent Care Proceedings Lead",
            "organisation":{"slug":"greater-manchester-combined-authority","name":"Greater Manchester Combined Authority"},
            "email":"joe.garraway@salford.gov.uk","areas":[{"slug":"salford","name":"Salford City Council","type":"LOCAL_AUTHORITY"}],
            "initiatives":[{"slug":"salford-strengthening-families","title":"Strengthening Families"}],
            "edition":{"slug":"salford-strengthening-families-handbook","title":"Salford Strengthening Families Handbook","label":"Handbook","publicationDate":"2020"},"updatedAt":"2026-11-23T12:00:00Z"}""";

    public static final String ORGANISATION_PAGE = """
            {"results":[{"slug":"family-rights-group","name":"Family Rights Group"}],"paging":{"page":1,"pageSize":20,"totalResults":1,"totalPages":1}}""";

    public static final String ME = """
            {"username":"a.editor","roles":["editor"]}""";

    public static final String ACCOUNT = """
            {"username":"a.editor","roles":["editor"],"createdAt":"2026-11-23T12:00:00Z"}""";

    public static final String DISABLED_ACCOUNT = """
            {"username":"a.editor","roles":["editor"],"createdAt":"2026-11-23T12:00:00Z","disabledAt":"2026-11-30T09:00:00Z"}""";

    public static final String LAST_ADMIN = """
            {"type":"/problems/conflict","title":"Conflict","status":409,
            "detail":"'admin' is the last admin who can sign in: make another admin first","instance":"/api/v1/accounts/admin"}""";

    public static final String ACCOUNT_PAGE = """
            {"results":[{"username":"a.editor","roles":["editor"],"createdAt":"2026-11-23T12:00:00Z"}],
            "paging":{"page":1,"pageSize":20,"totalResults":1,"totalPages":1}}""";

    public static final String ME_WITH_CSRF_TOKEN = """
            {"username":"a.editor","roles":["editor"],"csrfToken":"q3J0c1ZtX2x4bVd2eG5Gc0ZtR3l0a0JqV2R6c1p2cVE"}""";

    public static final String CSRF_TOKEN_MISSING = """
            {"type":"/problems/csrf-token","title":"Missing or invalid CSRF token","status":403,
            "detail":"This change was made with the sign-in cookie but without the X-CSRF-Token header: send the csrfToken from GET /api/v1/me in it",
            "instance":"/api/v1/initiatives/lifelong-links"}""";

    public static final String PAYLOAD_TOO_LARGE = """
            {"type":"/problems/payload-too-large","title":"Payload too large","status":413,
            "detail":"A request body may be at most 1 MiB (1048576 bytes); this one is larger","instance":"/api/v1/suggestions"}""";

    public static final String SIGN_IN_FAILED = """
            {"type":"/problems/unauthenticated","title":"Sign in required","status":401,
            "detail":"Wrong username or password","instance":"/j_security_check"}""";

    public static final String PASSWORD_TOO_LONG = """
            {"type":"/problems/password-too-long","title":"Password too long","status":400,
            "detail":"A password is at most 72 bytes (UTF-8); this one is longer, so it cannot be right","instance":"/j_security_check"}""";

    public static final String SIGN_IN_NOT_A_FORM = """
            {"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
            "detail":"Sign in with a form: Content-Type application/x-www-form-urlencoded, fields j_username and j_password",
            "instance":"/j_security_check"}""";

    public static final String UNKNOWN_PARAMETER = """
            {"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
            "detail":"drivers: is not a parameter of this operation; did you mean 'driver'? It takes: area, driver, edition, organisation, page, pageSize, q, sort, status, theme",
            "instance":"/api/v1/initiatives",
            "errors":[{"parameter":"drivers","message":"is not a parameter of this operation; did you mean 'driver'? It takes: area, driver, edition, organisation, page, pageSize, q, sort, status, theme"}]}""";

    public static final String SIGN_IN_FAILED_ON_READ = """
            {"type":"/problems/unauthenticated","title":"Sign in required","status":401,
            "detail":"Wrong username or password","instance":"/api/v1/initiatives"}""";

    public static final String UNAUTHENTICATED = """
            {"type":"/problems/unauthenticated","title":"Sign in required","status":401,
            "detail":"Sign in as an editor to change the directory","instance":"/api/v1/initiatives/lifelong-links"}""";

    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"Forbidden","status":403,
            "detail":"Your account does not have the role this needs","instance":"/api/v1/audit"}""";

    public static final String CONFLICT = """
            {"type":"/problems/conflict","title":"Conflict","status":409,
            "detail":"An initiative with the slug 'lifelong-links' already exists","instance":"/api/v1/initiatives"}""";

    public static final String INVALID_BODY = """
            {"type":"/problems/invalid-body","title":"Invalid request body","status":400,
            "detail":"/title: must not be blank","instance":"/api/v1/initiatives/lifelong-links",
            "errors":[{"pointer":"/title","message":"must not be blank"}]}""";

    public static final String PRECONDITION_REQUIRED = """
            {"type":"/problems/precondition-required","title":"Precondition required","status":428,
            "detail":"Send the ETag of the version you edited in an If-Match header","instance":"/api/v1/initiatives/lifelong-links"}""";

    public static final String PRECONDITION_FAILED = """
            {"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
            "detail":"Someone else changed this since you loaded it; reload it (current ETag \\"v2\\") and apply your change again",
            "instance":"/api/v1/initiatives/lifelong-links"}""";

    public static final String AUDIT_PAGE = """
            {"results":[{"id":1,"at":"2026-11-23T12:00:00Z","actor":"a.editor","action":"UPDATE","entityType":"initiative",
            "entitySlug":"lifelong-links","before":{"title":"Lifelong Links – Family Rights Group"},"after":{"title":"Lifelong Links"}}],
            "paging":{"page":1,"pageSize":20,"totalResults":1,"totalPages":1}}""";

    public static final String EDITABLE_INITIATIVE = """
            {"slug":"kinship-reach-programme","title":"Kinship Reach Programme","summary":"Support for kinship carers","status":"DRAFT",
            "leadOrganisation":"Salford City Council","partners":[],"areas":["salford"],"contacts":[],
            "appearances":[{"edition":"good-practice-guide-2025-26-q1","title":"Kinship Reach Programme","location":"Entry 1",
            "sections":[{"heading":"What is the initiative?","blocks":[{"paragraph":"Peer support for kinship carers."},
            {"list":{"ordered":false,"items":[{"text":"Monthly groups"},{"text":"A helpline"}]}}]}],
            "links":[{"title":"Programme page","url":"https://www.salford.gov.uk/"}],"figures":[],"references":[]}],
            "drivers":[{"edition":"good-practice-guide-2025-26-q1","driver":"lack-of-information-sharing","provenance":"PRINTED_MATRIX"}],
            "version":3}""";

    public static final String UNSUPPORTED_MEDIA_TYPE = """
            {"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
            "detail":"This address does not accept a body of that media type","instance":"/api/v1/initiatives"}""";

    public static final String SUGGESTION_RECEIPT = """
            {"id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","status":"NEW","receivedAt":"2026-11-23T12:00:00Z"}""";

    public static final String SUGGESTION = """
            {"id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","title":"Kinship Reach Programme",
            "description":"Peer support for kinship carers during care proceedings.","organisation":"Cheshire West and Chester Council",
            "contactName":"Sam Taylor","contactEmail":"sam.taylor@example.gov.uk","links":[],"status":"ACCEPTED",
            "initiativeSlug":"kinship-reach-programme","receivedAt":"2026-11-23T12:00:00Z","decidedAt":"2026-11-24T09:30:00Z","decidedBy":"a.editor"}""";

    public static final String SUGGESTION_PAGE = """
            {"results":[{"id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","title":"Kinship Reach Programme",
            "description":"Peer support for kinship carers during care proceedings.","organisation":"Cheshire West and Chester Council",
            "contactName":"Sam Taylor","contactEmail":"sam.taylor@example.gov.uk","links":[],"status":"NEW","receivedAt":"2026-11-23T12:00:00Z"}],
            "paging":{"page":1,"pageSize":20,"totalResults":1,"totalPages":1}}""";

    public static final String TOO_MANY_REQUESTS = """
            {"type":"/problems/too-many-requests","title":"Too many requests","status":429,
            "detail":"Too many suggestions from this address; try again in 712 seconds","instance":"/api/v1/suggestions"}""";

    public static final String EDITABLE_EDITION = """
            {"slug":"good-practice-guide-2025-26-q1","title":"Good Practice Guide","subtitle":"Family Justice Board Trailblazer",
            "series":"DFJ Trailblazer Good Practice Guide","label":"Quarter 1: 2025/26","publicationDate":"2025-06","status":"DRAFT",
            "initiatives":[{"position":1,"slug":"kinship-reach-programme","title":"Kinship Reach Programme","status":"DRAFT"}],"version":2}""";

    public static final String DELETION_PAGE = """
            {"results":[{"type":"initiative","slug":"lifelong-links","deletedAt":"2026-11-20T10:15:00Z"}],
            "paging":{"page":1,"pageSize":20,"totalResults":1,"totalPages":1}}""";
    public static final String EDITABLE_CONTACT = """
            {"slug":"joe-garraway","name":"Joe Garraway","role":"Preventing Recurrent Care Proceedings Lead",
            "organisation":"Greater Manchester Combined Authority","email":"joe.garraway@salford.gov.uk",
            "edition":"salford-strengthening-families-handbook","areas":["greater-manchester","salford"],
            "initiatives":["salford-strengthening-families"],"version":3}""";

    public static final String NEW_CONTACT = """
            {"slug":"sam-taylor","name":"Sam Taylor","role":"Kinship Practice Lead","organisation":"Cheshire West and Chester Council",
            "email":"sam.taylor@example.gov.uk","edition":"cheshire-west-and-chester-trailblazer-practice-guide",
            "areas":["cheshire-west-and-chester"],"initiatives":[]}""";

    public static final String EDITABLE_AREA = """
            {"slug":"salford","name":"Salford City Council","type":"LOCAL_AUTHORITY","parent":"greater-manchester","version":1}""";

    public static final String NEW_AREA = """
            {"slug":"wigan","name":"Wigan Council","type":"LOCAL_AUTHORITY","parent":"greater-manchester"}""";

    public static final String EDITABLE_DRIVER_MAPPING = """
            {"id":42,"initiative":"salford-strengthening-families","driver":"lack-of-information-sharing",
            "edition":"salford-strengthening-families-handbook","provenance":"EDITORIAL",
            "rationale":"The handbook explicitly addresses information sharing between agencies.","version":0}""";

    public static final String NEW_DRIVER_MAPPING = """
            {"initiative":"salford-strengthening-families","driver":"lack-of-information-sharing","edition":"salford-strengthening-families-handbook",
            "provenance":"EDITORIAL","rationale":"The handbook explicitly addresses information sharing between agencies."}""";

    public static final String AREA_IN_USE = """
            {"type":"/problems/conflict","title":"Conflict","status":409,
            "detail":"The area 'salford' is still used by initiatives salford-strengthening-families; area contacts joe-garraway",
            "instance":"/api/v1/areas/salford"}""";

    public static final String DUPLICATE_DRIVER_MAPPING = """
            {"type":"/problems/conflict","title":"Conflict","status":409,
            "detail":"The initiative 'salford-strengthening-families' is already mapped to 'lack-of-information-sharing' in 'salford-strengthening-families-handbook' (mapping 42)",
            "instance":"/api/v1/driver-mappings"}""";

    public static final String TOO_MANY_SIGN_INS = """
            {"type":"/problems/too-many-requests","title":"Too many requests","status":429,
            "detail":"Too many failed sign-ins from this address; try again in 8 seconds","instance":"/j_security_check"}""";
}
