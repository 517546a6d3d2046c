package uk.goodpractice.directory.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one paging envelope every list uses, as in the DfE public data API.
 */
public record Paged<T>(
        @Schema(description = "This page's results", required = true) List<T> results,
        @Schema(required = true) Paging paging) {

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(results.stream().map(mapper).toList(), paging);
    }

    public static <T> Paged<T> of(List<T> results, PageParams.PageRequest request, long totalResults) {
        int totalPages = (int) ((totalResults + request.pageSize() - 1) / request.pageSize());
        if (request.page() > Math.max(totalPages, 1)) {
            throw new ApiException.InvalidParameter("page",
                    "must not be greater than the number of pages (" + Math.max(totalPages, 1) + ")");
        }
        return new Paged<>(results, new Paging(request.page(), request.pageSize(), totalResults, totalPages));
    }

    @Schema(name = "Paging", description = "Where this page sits in the whole result set")
    public record Paging(
            @Schema(description = "This page's number, from 1", example = "1", required = true) int page,
            @Schema(description = "The page size asked for", example = "20", required = true) int pageSize,
            @Schema(description = "How many results match in all", example = "68", required = true) long totalResults,
            @Schema(description = "How many pages there are at this page size", example = "4", required = true) int totalPages) {
    }
}
