package uk.goodpractice.directory.common;

import java.util.List;

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
            super(400, "invalid-parameter", "Invalid request parameter",
                    errors.stream().map(e -> e.parameter() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
            this.errors = List.copyOf(errors);
        }

        public InvalidParameter(String parameter, String message) {
            this(List.of(ProblemDetail.FieldError.parameter(parameter, message)));
        }

        @Override
        public List<ProblemDetail.FieldError> errors() {
            return errors;
        }
    }
}
