package uk.goodpractice.directory.common;

import java.util.List;
import java.util.function.Function;

/**
 * A client's mistake that the problem mapper turns into a problem+json response.
 * Services throw the subclasses; resources never build error responses themselves.
 */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final String problemType;
    private final String title;

    protected ApiException(int status, String problemType, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.problemType = problemType;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }

    public String title() {
        return title;
    }

    public List<ProblemDetail.FieldError> errors() {
        return null;
    }

    /**
     * At most this many errors are listed in one answer, however many the request had: a request with
     * thousands of bad values gets a short answer, not megabytes.
     */
    public static final int MAX_ERRORS = 20;

    private static List<ProblemDetail.FieldError> firstErrors(List<ProblemDetail.FieldError> errors) {
        return List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
    }

    private static String summary(List<ProblemDetail.FieldError> errors,
            Function<ProblemDetail.FieldError, String> where) {
        String listed = firstErrors(errors).stream().map(e -> where.apply(e) + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return errors.size() > MAX_ERRORS ? listed + "; and " + (errors.size() - MAX_ERRORS) + " more" : listed;
    }

    /** The resource named by a slug does not exist (or is not public). */
    public static class NotFound extends ApiException {
        public NotFound(String kind, String slug) {
            super(404, "not-found", "Resource not found", "No " + kind + " has the slug '" + slug + "'");
        }

        public NotFound(String detail) {
            super(404, "not-found", "Resource not found", detail);
        }
    }

    /** One or more query or path parameters are invalid. */
    public static class InvalidParameter extends ApiException {
        private final List<ProblemDetail.FieldError> errors;

        public InvalidParameter(List<ProblemDetail.FieldError> errors) {
            super(400, "invalid-parameter", "Invalid request parameter", summary(errors, ProblemDetail.FieldError::parameter));
            this.errors = firstErrors(errors);
        }

        public InvalidParameter(String parameter, String message) {
            this(List.of(ProblemDetail.FieldError.parameter(parameter, message)));
        }

        @Override
        public List<ProblemDetail.FieldError> errors() {
            return errors;
        }
    }

    /** The request clashes with what exists, e.g. a slug already in use. */
    public static class Conflict extends ApiException {
        public Conflict(String detail) {
            super(409, "conflict", "Conflict", detail);
        }
    }

    /** A change was sent without If-Match, so it could overwrite someone else's. */
    public static class PreconditionRequired extends ApiException {
        public PreconditionRequired() {
            super(428, "precondition-required", "Precondition required",
                    "Send the ETag of the version you edited in an If-Match header");
        }
    }

    /** If-Match names an older version: someone else saved first. */
    public static class PreconditionFailed extends ApiException {
        private final String currentEtag;

        public PreconditionFailed(String currentEtag) {
            super(412, "precondition-failed", "Precondition failed",
                    "Someone else changed this since you loaded it; reload it"
                            + (currentEtag == null ? "" : " (current ETag " + currentEtag + ")") + " and apply your change again");
            this.currentEtag = currentEtag;
        }

        public String currentEtag() {
            return currentEtag;
        }
    }

    /** A body field is invalid; each error names it with a JSON Pointer. */
    public static class InvalidBody extends ApiException {
        private final List<ProblemDetail.FieldError> errors;

        public InvalidBody(List<ProblemDetail.FieldError> errors) {
            super(400, "invalid-body", "Invalid request body",
                    summary(errors, e -> e.pointer().isEmpty() ? "the body" : e.pointer()));
            this.errors = firstErrors(errors);
        }

        @Override
        public List<ProblemDetail.FieldError> errors() {
            return errors;
        }
    }

    /** Too many requests from one client; try again after the given number of seconds. */
    public static class TooManyRequests extends ApiException {
        private final long retryAfterSeconds;

        public TooManyRequests(long retryAfterSeconds) {
            super(429, "too-many-requests", "Too many requests",
                    "Too many suggestions from this address; try again in " + retryAfterSeconds + " seconds");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
