package uk.goodpractice.directory.dataset;

import java.util.List;

/** The data set failed validation; nothing was loaded. Each problem names the file, record and field. */
class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super("The curated data set is invalid; nothing was loaded:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
