package uk.goodpractice.client;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import uk.goodpractice.client.api.AccountsApi;
import uk.goodpractice.client.api.AreaContactsApi;
import uk.goodpractice.client.api.AreasApi;
import uk.goodpractice.client.api.InitiativesApi;
import uk.goodpractice.client.model.AreaChanges;
import uk.goodpractice.client.model.AreaPatch;
import uk.goodpractice.client.model.AreaType;
import uk.goodpractice.client.model.EditableArea;
import uk.goodpractice.client.model.InitiativePage;
import uk.goodpractice.client.model.NewArea;

/**
 * Uses the Java client that OpenAPI Generator 7 (java, native library) makes from openapi/openapi.yaml, as a
 * client developer would: page, filter, search, then as an editor create, merge-patch, read for editing, put
 * back unchanged, delete (the generated client sends Accept: application/problem+json there), and sign out.
 * Any status but the documented success throws.
 */
public class ClientCheck {

    public static void main(String[] args) throws Exception {
        String base = System.getenv().getOrDefault("BASE_URL", "http://localhost:8080").replaceAll("/$", "");
        ApiClient anyone = new ApiClient();
        anyone.updateBaseUri(base);
        InitiativesApi initiatives = new InitiativesApi(anyone);

        InitiativePage first = initiatives.listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder().page(1).pageSize(10).build());
        InitiativePage second = initiatives.listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder().page(2).pageSize(10).build());
        check(first.getPaging().getTotalResults() > 10 && !second.getResults().get(0).getSlug().equals(first.getResults().get(0).getSlug()),
                "pages through initiatives");

        InitiativePage filtered = initiatives.listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder()
                .driver(List.of("lack-of-information-sharing")).edition(List.of("good-practice-guide-edition-4")).build());
        check(!filtered.getResults().isEmpty() && filtered.getResults().size() < first.getPaging().getTotalResults(), "filters by driver and edition");

        InitiativePage found = initiatives.listInitiatives(InitiativesApi.APIListInitiativesRequest.newBuilder().q("family group conference").build());
        check(!found.getResults().isEmpty(), "searches");

        check(!new AreaContactsApi(anyone).listContacts(AreaContactsApi.APIListContactsRequest.newBuilder()
                .area(List.of("leeds")).edition(List.of("innovation-programme-directory-2016")).build()).getResults().isEmpty(), "filters contacts");

        String credentials = System.getenv("EDITOR_USERNAME") + ":" + System.getenv("EDITOR_PASSWORD");
        ApiClient editor = new ApiClient();
        editor.updateBaseUri(base);
        editor.setRequestInterceptor((HttpRequest.Builder request) -> request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        AreasApi areas = new AreasApi(editor);
        String slug = "java-client-check-" + System.currentTimeMillis();
        ApiResponse<EditableArea> created = areas.createAreaWithHttpInfo(new NewArea().slug(slug).name("Java Check Council").type(AreaType.LOCAL_AUTHORITY), null);
        check(created.getStatusCode() == 201 && "\"v0\"".equals(created.getHeaders().get("etag").get(0)), "creates an area (201, ETag)");

        EditableArea patched = areas.patchArea(slug, "\"v0\"", new AreaPatch().name("Java Check Borough Council"), null);
        check("Java Check Borough Council".equals(patched.getName()), "merge-patches one field");

        ApiResponse<EditableArea> editable = areas.getEditableAreaWithHttpInfo(slug);
        EditableArea read = editable.getData();
        AreaChanges unchanged = new AreaChanges().name(read.getName()).type(read.getType()).parent(read.getParent());
        areas.replaceArea(slug, editable.getHeaders().get("etag").get(0), unchanged, null);
        check(true, "puts the editable fields back unchanged");

        areas.deleteArea(slug, "*", null);
        check(true, "deletes with If-Match: * and the Accept the contract declares (204)");

        new AccountsApi(anyone).signOut((String) null);
        check(true, "signs out (204)");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("failed: " + what);
        }
        System.out.println("ok - " + what);
    }
}
