package uk.goodpractice.client;

import java.io.File;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import uk.goodpractice.client.api.AccountsApi;
import uk.goodpractice.client.api.AreaContactsApi;
import uk.goodpractice.client.api.AreasApi;
import uk.goodpractice.client.api.AuditApi;
import uk.goodpractice.client.api.DelayDriversApi;
import uk.goodpractice.client.api.DeletionsApi;
import uk.goodpractice.client.api.EditionsApi;
import uk.goodpractice.client.api.ExportsApi;
import uk.goodpractice.client.api.InitiativesApi;
import uk.goodpractice.client.api.OrganisationsApi;
import uk.goodpractice.client.api.StatisticsApi;
import uk.goodpractice.client.api.SuggestionsApi;
import uk.goodpractice.client.model.AccountPatch;
import uk.goodpractice.client.model.AreaChanges;
import uk.goodpractice.client.model.AreaContactChanges;
import uk.goodpractice.client.model.AreaContactPatch;
import uk.goodpractice.client.model.AreaPatch;
import uk.goodpractice.client.model.AreaType;
import uk.goodpractice.client.model.Decline;
import uk.goodpractice.client.model.DriverMappingChanges;
import uk.goodpractice.client.model.DriverMappingPatch;
import uk.goodpractice.client.model.EditableArea;
import uk.goodpractice.client.model.EditableAreaContact;
import uk.goodpractice.client.model.EditableDriverMapping;
import uk.goodpractice.client.model.EditableEdition;
import uk.goodpractice.client.model.EditableInitiative;
import uk.goodpractice.client.model.EditionChanges;
import uk.goodpractice.client.model.EditionOrder;
import uk.goodpractice.client.model.EditionPatch;
import uk.goodpractice.client.model.InitiativeChanges;
import uk.goodpractice.client.model.InitiativeDetail;
import uk.goodpractice.client.model.InitiativePage;
import uk.goodpractice.client.model.InitiativePatch;
import uk.goodpractice.client.model.MappingProvenance;
import uk.goodpractice.client.model.Me;
import uk.goodpractice.client.model.NewAccount;
import uk.goodpractice.client.model.NewArea;
import uk.goodpractice.client.model.NewAreaContact;
import uk.goodpractice.client.model.NewDriverMapping;
import uk.goodpractice.client.model.NewEdition;
import uk.goodpractice.client.model.NewInitiative;
import uk.goodpractice.client.model.NewSuggestion;

/**
 * Uses the Java client that OpenAPI Generator 7 (java, native library) makes from openapi/openapi.yaml, as a
 * client developer would, and calls EVERY operation of the contract at least once: the public reads (paging,
 * filters, facets, search, HEAD, every CSV export, statistics, the dump, the deletions feed), as an admin the
 * accounts, as an editor every create, read for editing, put back unchanged (through the client's own object
 * mapper), merge patch, reorder, publish, delete and restore, suggestions and the audit log, and a cookie session
 * from sign-in to sign-out. Any status but the documented success throws. At the end it compares the requests it
 * sent with the contract's operations (the file OPERATIONS lists them as "METHOD /path operationId") and fails
 * naming any it did not call, so a new endpoint fails this check until the check uses it.
 */
public class ClientCheck {

    private static final List<String> SENT = Collections.synchronizedList(new ArrayList<>());
    private static final String BASE = System.getenv().getOrDefault("BASE_URL", "http://localhost:8080").replaceAll("/$", "");
    private static final String Q2 = "good-practice-guide-2024-25-q2";

    public static void main(String[] args) throws Exception {
        String adminUsername = System.getenv("ADMIN_USERNAME");
        String adminPassword = System.getenv("ADMIN_PASSWORD");
        if (adminUsername == null || adminPassword == null) {
            throw new IllegalStateException("set ADMIN_USERNAME and ADMIN_PASSWORD of an admin account");
        }
        ApiClient anyone = client(Map.of());
        publicReads(anyone);

        long stamp = System.currentTimeMillis();
        ApiClient admin = client(basic(adminUsername, adminPassword));
        AccountsApi accounts = new AccountsApi(admin);
        String username = "java.check." + stamp;
        String password = "a java check password " + stamp;
        check(accounts.createAccountWithHttpInfo(new NewAccount().username(username).password(password).roles(List.of("editor")), null)
                .getStatusCode() == 201, "creates an editor account as an admin (201)");
        check(accounts.getAccount(username).getRoles().contains("editor"), "reads the account");
        check(accounts.listAccounts(1, 100).getResults().stream().anyMatch(a -> a.getUsername().equals(username)), "lists accounts");
        ApiClient editor = client(basic(username, password));

        AreasApi areas = new AreasApi(editor);
        String area = "java-check-area-" + stamp;
        ApiResponse<EditableArea> createdArea = areas.createAreaWithHttpInfo(new NewArea().slug(area).name("Java Check Council")
                .type(AreaType.LOCAL_AUTHORITY), null);
        check(createdArea.getStatusCode() == 201 && "\"v0\"".equals(etag(createdArea)), "creates an area (201, ETag)");
        check("Java Check Borough Council".equals(areas.patchArea(area, "\"v0\"", new AreaPatch().name("Java Check Borough Council"), null).getName()),
                "merge-patches one field");
        ApiResponse<EditableArea> editableArea = areas.getEditableAreaWithHttpInfo(area);
        areas.replaceArea(area, etag(editableArea), convert(editor, editableArea.getData(), AreaChanges.class), null);
        check(true, "puts the editable area back unchanged");
        areas.deleteArea(area, "*", null);
        check(area.equals(areas.restoreArea(area, "*", null).getSlug()), "deletes an area with If-Match: * (204) and restores it");

        EditionsApi editions = new EditionsApi(editor);
        String edition = "java-check-edition-" + stamp;
        editions.createEdition(new NewEdition().slug(edition).title("Java check").series("Java checks").label("Check " + stamp), null);
        ApiResponse<EditableEdition> editableEdition = editions.getEditableEditionWithHttpInfo(edition);
        ApiResponse<EditableEdition> putEdition = editions.replaceEditionWithHttpInfo(edition, etag(editableEdition),
                convert(editor, editableEdition.getData(), EditionChanges.class), null);
        check("Java check, retitled".equals(editions.patchEdition(edition, etag(putEdition), new EditionPatch().title("Java check, retitled"), null)
                .getTitle()), "creates an edition, puts it back unchanged and merge-patches it");

        InitiativesApi initiatives = new InitiativesApi(editor);
        String initiative = "java-check-initiative-" + stamp;
        String second = "java-check-second-" + stamp;
        initiatives.createInitiative(new NewInitiative().slug(initiative).title("Java check initiative").edition(edition), null);
        initiatives.createInitiative(new NewInitiative().slug(second).title("Java check second initiative").edition(edition), null);
        ApiResponse<EditableInitiative> editableInitiative = initiatives.getEditableInitiativeWithHttpInfo(initiative);
        ApiResponse<EditableInitiative> putBack = initiatives.replaceInitiativeWithHttpInfo(initiative, etag(editableInitiative),
                convert(editor, editableInitiative.getData(), InitiativeChanges.class), null);
        EditableInitiative summarised = initiatives.patchInitiative(initiative, etag(putBack),
                new InitiativePatch().summary("Checked by the generated Java client"), null);
        check("Checked by the generated Java client".equals(summarised.getSummary()) && summarised.getAppearances().size() == 1,
                "creates initiatives, puts one back unchanged and merge-patches one field, leaving its lists alone");
        String beforeOrder = etag(editions.getEditableEditionWithHttpInfo(edition));
        check(editions.reorderEditionWithHttpInfo(edition, beforeOrder, new EditionOrder().initiatives(List.of(second, initiative)), null)
                .getStatusCode() == 200, "reorders the edition's initiatives");

        DelayDriversApi mappings = new DelayDriversApi(editor);
        ApiResponse<EditableDriverMapping> mapping = mappings.createDriverMappingWithHttpInfo(new NewDriverMapping().initiative(initiative)
                .driver("lack-of-information-sharing").edition(edition).provenance(MappingProvenance.EDITORIAL).rationale("A client check"), null);
        Long mappingId = mapping.getData().getId();
        ApiResponse<EditableDriverMapping> readMapping = mappings.getDriverMappingWithHttpInfo(mappingId);
        ApiResponse<EditableDriverMapping> putMapping = mappings.replaceDriverMappingWithHttpInfo(mappingId, etag(readMapping),
                convert(editor, readMapping.getData(), DriverMappingChanges.class), null);
        EditableDriverMapping remapped = mappings.patchDriverMapping(mappingId, etag(putMapping), new DriverMappingPatch().rationale("Checked again"), null);
        check(mapping.getStatusCode() == 201 && "Checked again".equals(remapped.getRationale()),
                "creates, reads, puts back and merge-patches a driver mapping");

        AreaContactsApi contacts = new AreaContactsApi(editor);
        String contact = "java-check-contact-" + stamp;
        contacts.createContact(new NewAreaContact().slug(contact).name("Java Check").edition(edition).initiatives(List.of(initiative))
                .email("java.check@example.gov.uk"), null);
        ApiResponse<EditableAreaContact> editableContact = contacts.getEditableContactWithHttpInfo(contact);
        ApiResponse<EditableAreaContact> putContact = contacts.replaceContactWithHttpInfo(contact, etag(editableContact),
                convert(editor, editableContact.getData(), AreaContactChanges.class), null);
        check("Checker".equals(contacts.patchContact(contact, etag(putContact), new AreaContactPatch().role("Checker"), null).getRole()),
                "creates a contact, puts it back and merge-patches it");

        check("PUBLISHED".equals(String.valueOf(editions.publishEdition(edition, etag(editions.getEditableEditionWithHttpInfo(edition)), null)
                .getStatus())), "publishes the edition with its draft initiatives");
        InitiativeDetail seen = new InitiativesApi(anyone).getInitiative(initiative);
        check(seen.getContacts().stream().anyMatch(c -> c.getSlug().equals(contact)) && seen.getDelayDrivers().size() == 1,
                "the public sees it, with its contact and mapping");

        contacts.deleteContact(contact, "*", null);
        DeletionsApi deletions = new DeletionsApi(anyone);
        check(deletions.listDeletions(1, 100, OffsetDateTime.now().minusMinutes(5).toString(), null).getResults().stream()
                .anyMatch(d -> contact.equals(d.getSlug())), "deletes a contact (204), and the deletions feed lists it");
        deletions.headListDeletions(null, null, null, null);
        contacts.restoreContact(contact, "*", null);
        mappings.deleteDriverMapping(mappingId, "*", null);
        mappings.restoreDriverMapping(mappingId, "*", null);
        initiatives.deleteInitiative(second, "*", null);
        initiatives.restoreInitiative(second, "*", null);
        String spare = "java-check-spare-" + stamp;
        editions.createEdition(new NewEdition().slug(spare).title("Java check spare").series("Java checks").label("Spare " + stamp), null);
        editions.deleteEdition(spare, "*", null);
        editions.restoreEdition(spare, "*", null);
        check(true, "deletes and restores a contact, a mapping, an initiative and an edition");

        check(new AuditApi(admin).listAudit(null, null, null, null, initiative).getResults().size() >= 3, "reads the audit log of the initiative as an admin");

        SuggestionsApi suggestions = new SuggestionsApi(anyone);
        NewSuggestion suggestion = new NewSuggestion().title("Java check " + stamp).description("Checking the generated client")
                .organisation("Java Check Council").contactName("Java Check").contactEmail("java.check@example.gov.uk");
        String toAccept = suggestions.submitSuggestion(suggestion).getId();
        String toDecline = suggestions.submitSuggestion(suggestion.title("Java check declined " + stamp)).getId();
        SuggestionsApi deciding = new SuggestionsApi(editor);
        check(deciding.listSuggestions(null, 1, 100, null).getResults().stream().anyMatch(s -> s.getId().equals(toAccept)), "lists suggestions as an editor");
        check(("Java check " + stamp).equals(deciding.getSuggestion(toAccept).getTitle()), "reads a suggestion");
        check(deciding.acceptSuggestion(toAccept, null).getInitiativeSlug() != null, "submits a suggestion anonymously and accepts it");
        check("A client check".equals(deciding.declineSuggestion(toDecline, new Decline().reason("A client check"), null).getDecisionReason()),
                "declines a suggestion with a reason");

        InitiativePage drafts = initiatives.listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder().status("ANY").pageSize(1).build());
        long published = new InitiativesApi(anyone).listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder().pageSize(1).build())
                .getPaging().getTotalResults();
        check(drafts.getPaging().getTotalResults() > published, "lists drafts (the accepted suggestion) beside the published as an editor");

        // a cookie session, as the pages use it: sign in with the form, read /me for the CSRF token, sign out, and the cookie is dead
        ApiResponse<Void> signedIn = new AccountsApi(anyone).signInWithHttpInfo(username, password);
        String cookie = signedIn.getHeaders().getOrDefault("set-cookie", List.of()).stream().map(c -> c.split(";")[0]).collect(Collectors.joining("; "));
        check(signedIn.getStatusCode() == 200 && !cookie.isEmpty(), "signs in with the form (200, session cookie)");
        AccountsApi session = new AccountsApi(client(Map.of("Cookie", cookie)));
        Me me = session.getSignedInAccount();
        check(username.equals(me.getUsername()) && me.getCsrfToken() != null, "reads who is signed in, with the CSRF token");
        session.signOut(me.getCsrfToken());
        check(status(session::getSignedInAccount) == 401, "signs out (204), after which the cookie is refused (401)");
        int sso = status(() -> {
            new AccountsApi(anyone).signInWithOrganisation();
            return null;
        });
        check(sso == 404 || sso == 302, "single sign-on answers 404 where it is not configured, or redirects to the provider (as documented)");

        check(accounts.changeAccount(username, new AccountPatch().disabled(true), null).getDisabledAt() != null, "disables the account with a merge patch");
        check(status(new AccountsApi(editor)::getSignedInAccount) == 401, "a disabled account is refused");

        List<String[]> operations = Files.readAllLines(Path.of(System.getenv().getOrDefault("OPERATIONS", "operations.txt"))).stream()
                .filter(line -> !line.isBlank()).map(line -> line.split(" ")).toList();
        List<String> missed = operations.stream().filter(o -> {
            String pattern = o[1].replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.");
            return SENT.stream().noneMatch(sent -> sent.startsWith(o[0] + " ") && sent.substring(o[0].length() + 1).matches(pattern));
        }).map(o -> o[2]).toList();
        check(missed.isEmpty(), "called all " + operations.size() + " operations of the contract" + (missed.isEmpty() ? "" : "; not: " + missed));
    }

    private static void publicReads(ApiClient anyone) throws Exception {
        InitiativesApi initiatives = new InitiativesApi(anyone);
        InitiativePage first = initiatives.listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder().page(1).pageSize(10).build());
        InitiativePage second = initiatives.listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder().page(2).pageSize(10).build());
        check(first.getPaging().getTotalResults() > 10 && !second.getResults().get(0).getSlug().equals(first.getResults().get(0).getSlug()),
                "pages through initiatives");
        InitiativePage filtered = initiatives.listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder()
                .driver(List.of("lack-of-information-sharing")).edition(List.of("good-practice-guide-edition-4")).facets(List.of("driver", "area")).build());
        check(!filtered.getResults().isEmpty() && filtered.getResults().size() < first.getPaging().getTotalResults() && filtered.getFacets() != null,
                "filters by driver and edition, with facet counts");
        check(!initiatives.listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder().q("family group conference").build()).getResults().isEmpty(),
                "searches");
        initiatives.headListInitiatives(InitiativesApi.APIHeadListInitiativesRequest.newBuilder().driver(List.of("lack-of-information-sharing")).build());
        String slug = first.getResults().get(0).getSlug();
        check(slug.equals(initiatives.getInitiative(slug).getSlug()), "reads an initiative");
        initiatives.headGetInitiative(slug);

        AreaContactsApi contacts = new AreaContactsApi(anyone);
        String contact = contacts.listContacts(AreaContactsApi.APIListContactsRequest.newBuilder().area(List.of("leeds"))
                .edition(List.of("innovation-programme-directory-2016")).build()).getResults().get(0).getSlug();
        check(contact.equals(contacts.getContact(contact).getSlug()), "filters contacts and reads one");
        contacts.headListContacts(AreaContactsApi.APIHeadListContactsRequest.newBuilder().area(List.of("leeds")).build());
        contacts.headGetContact(contact);

        AreasApi areas = new AreasApi(anyone);
        check(!areas.listAreas(AreasApi.APIListAreasRequest.newBuilder().type(List.of("REGION")).build()).getResults().isEmpty(), "lists regions");
        areas.headListAreas(AreasApi.APIHeadListAreasRequest.newBuilder().build());
        check("leeds".equals(areas.getArea("leeds").getSlug()), "reads an area");
        areas.headGetArea("leeds");

        DelayDriversApi drivers = new DelayDriversApi(anyone);
        check(drivers.listDelayDrivers(null, null, null).getResults().size() == 10, "lists the ten delay drivers");
        drivers.headListDelayDrivers(null, null, null);
        check("court-capacity".equals(drivers.getDelayDriver("court-capacity").getSlug()), "reads a delay driver");
        drivers.headGetDelayDriver("court-capacity");

        EditionsApi editions = new EditionsApi(anyone);
        check(editions.listEditions(null, null, null, null).getResults().size() >= 5, "lists editions");
        editions.headListEditions(null, null, null, null);
        check(Q2.equals(editions.getEdition(Q2).getSlug()), "reads an edition");
        editions.headGetEdition(Q2);
        check(editions.getEditionMatrix(Q2).getRows().size() == 10, "reads an edition's matrix");
        editions.headGetEditionMatrix(Q2);

        OrganisationsApi organisations = new OrganisationsApi(anyone);
        check(!organisations.listOrganisations(null, null, "council").getResults().isEmpty(), "searches organisations");
        organisations.headListOrganisations(null, null, null);

        ExportsApi exports = new ExportsApi(anyone);
        csv(exports.exportInitiatives(ExportsApi.APIExportInitiativesRequest.newBuilder().driver(List.of("lack-of-information-sharing")).build()),
                "initiatives, filtered");
        csv(exports.exportAreaContacts(ExportsApi.APIExportAreaContactsRequest.newBuilder().area(List.of("leeds")).build()), "area contacts, filtered");
        csv(exports.exportAreas(), "areas");
        csv(exports.exportDelayDrivers(), "delay drivers");
        csv(exports.exportMatrix(Q2), "a matrix");
        exports.headExportInitiatives(ExportsApi.APIHeadExportInitiativesRequest.newBuilder().build());
        exports.headExportAreaContacts(ExportsApi.APIHeadExportAreaContactsRequest.newBuilder().build());
        exports.headExportAreas();
        exports.headExportDelayDrivers();
        exports.headExportMatrix(Q2);
        check(exports.getDirectoryDump().getInitiatives().size() == first.getPaging().getTotalResults(), "downloads the whole directory");
        exports.headGetDirectoryDump();

        StatisticsApi statistics = new StatisticsApi(anyone);
        check(!statistics.getInitiativesByDriverAndEdition().getRows().isEmpty(), "counts per driver and edition");
        check(!statistics.getInitiativesByArea().getRows().isEmpty(), "counts per area");
        check(!statistics.getInitiativesByTheme().getRows().isEmpty(), "counts per theme");
        csv(statistics.exportInitiativesByDriverAndEdition(), "counts per driver and edition");
        csv(statistics.exportInitiativesByArea(), "counts per area");
        csv(statistics.exportInitiativesByTheme(), "counts per theme");
        statistics.headGetInitiativesByDriverAndEdition();
        statistics.headGetInitiativesByArea();
        statistics.headGetInitiativesByTheme();
        statistics.headExportInitiativesByDriverAndEdition();
        statistics.headExportInitiativesByArea();
        statistics.headExportInitiativesByTheme();
        check(true, "HEAD on every list, detail, export and statistic");
    }

    /** A client whose requests carry these headers, and whose every answered request is recorded for the coverage check. */
    private static ApiClient client(Map<String, String> headers) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(BASE);
        client.setRequestInterceptor((HttpRequest.Builder request) -> headers.forEach(request::header));
        client.setResponseInterceptor(response -> SENT.add(response.request().method() + " " + response.request().uri().getPath()));
        return client;
    }

    private static Map<String, String> basic(String username, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** What a Java developer does to send an editable record back: the client's own mapper, unknown fields dropped. */
    private static <T> T convert(ApiClient client, Object editable, Class<T> type) {
        return client.getObjectMapper().convertValue(editable, type);
    }

    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().get("etag").get(0);
    }

    private static int status(Callable<?> call) throws Exception {
        try {
            call.call();
            return 200;
        } catch (ApiException e) {
            return e.getCode();
        }
    }

    private static void csv(File file, String what) throws Exception {
        String[] rows = Files.readString(file.toPath(), StandardCharsets.UTF_8).split("\r\n");
        check(rows.length > 1 && rows[0].contains(","), "exports " + what + " as CSV (" + (rows.length - 1) + " rows)");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("failed: " + what);
        }
        System.out.println("ok - " + what);
    }
}
