package uk.goodpractice.directory.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list takes. Kept as text so that "abc" is a 400 naming the
 * parameter rather than the 404 JAX-RS gives for an unconvertible query parameter.
 */
public class PageParams {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final String PAGE_MESSAGE = "must be a whole number of 1 or more";
    private static final String SIZE_MESSAGE = "must be a whole number from 1 to 100";

    @QueryParam("page")
    @DefaultValue("1")
    @Parameter(description = "The page to return, counting from 1.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", defaultValue = "1"), example = "1")
    @Pattern(regexp = "[0-9]{1,9}", message = PAGE_MESSAGE)
    @Min(value = 1, message = PAGE_MESSAGE)
    public String page;

    @QueryParam("pageSize")
    @DefaultValue("20")
    @Parameter(description = "How many results a page holds, from 1 to 100.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"), example = "20")
    @Pattern(regexp = "[0-9]{1,3}", message = SIZE_MESSAGE)
    @Min(value = 1, message = SIZE_MESSAGE)
    @Max(value = MAX_PAGE_SIZE, message = SIZE_MESSAGE)
    public String pageSize;

    public PageRequest toPageRequest() {
        return new PageRequest(Integer.parseInt(page), Integer.parseInt(pageSize));
    }

    /** A validated page request. */
    public record PageRequest(int page, int pageSize) {
        public int offset() {
            return (page - 1) * pageSize;
        }

        public static PageRequest of(int page, int pageSize) {
            return new PageRequest(page, pageSize);
        }
    }
}
