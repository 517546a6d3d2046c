package uk.goodpractice.directory.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents once, instead of on each resource method, what every operation can answer: the errors
 * 405, 406 and 500, and for reads the ETag and Cache-Control headers and 304 Not Modified.
 */
public class CommonErrorResponses implements OASFilter {

    private static final Map<String, String[]> COMMON = new java.util.TreeMap<>(Map.of(
            "405", new String[] {"The HTTP method is not supported at this address", "method-not-allowed", "Method not allowed",
                    "This address does not support that HTTP method"},
            "406", new String[] {"The Accept header asks for a media type other than JSON", "not-acceptable", "Not acceptable",
                    "This address can only answer with application/json (errors as application/problem+json)"},
            "500", new String[] {"The service failed; no detail of the failure is disclosed", "internal-error", "Internal server error",
                    "The service could not answer this request; the error has been logged"}));

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        COMMON.forEach((status, text) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, response(status, text));
            }
        });
        return operation;
    }

    @Override
    public org.eclipse.microprofile.openapi.models.PathItem filterPathItem(org.eclipse.microprofile.openapi.models.PathItem item) {
        Operation read = item.getGET();
        APIResponse ok = read == null || read.getResponses() == null ? null : read.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", OASFactory.createHeader()
                    .description("A strong validator of this body; send it back in If-None-Match to get 304 when nothing changed")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
            ok.addHeader("Cache-Control", OASFactory.createHeader()
                    .description("Caches may keep a read for a minute, then must revalidate")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
            read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the If-None-Match header named the current ETag, so no body is sent"));
        }
        return item;
    }

    private static APIResponse response(String status, String[] text) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemMappers.TYPE_BASE + text[1]);
        example.put("title", text[2]);
        example.put("status", Integer.valueOf(status));
        example.put("detail", text[3]);
        example.put("instance", "/api/v1/initiatives");
        Example ex = OASFactory.createExample().value(example);
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample(text[1], ex);
        return OASFactory.createAPIResponse().description(text[0])
                .content(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, media));
    }
}
