package uk.goodpractice.directory.published;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API shapes of the statistics: tidy tables, one row per combination, the same columns as
 * their CSV. Every count is what the matching list filter finds, so a statistic and a filtered
 * list never disagree.
 */
public final class Statistics {

    private Statistics() {
    }

    @Schema(name = "DriverEditionStatistics", description = "Published initiatives per delay driver per published edition")
    public record ByDriverAndEdition(@Schema(required = true) List<DriverEditionCount> rows) {
    }

    @Schema(name = "DriverEditionCount")
    public record DriverEditionCount(
            @Schema(example = "lack-of-information-sharing", required = true) String driver,
            @Schema(example = "Lack of information sharing among partners", required = true) String driverLabel,
            @Schema(example = "good-practice-guide-edition-4", required = true) String edition,
            @Schema(example = "Good Practice Guide", required = true) String editionTitle,
            @Schema(example = "Edition 4", required = true) String editionLabel,
            @Schema(description = "Initiatives mapped to the driver in this edition (printed or editorial): "
                    + "what `GET /initiatives?driver=…&edition=…` finds", example = "3", required = true) int initiatives) {
    }

    @Schema(name = "AreaStatistics", description = "Published initiatives per area; regions are the rows whose type is REGION")
    public record ByArea(@Schema(required = true) List<AreaCount> rows) {
    }

    @Schema(name = "AreaCount")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AreaCount(
            @Schema(example = "north-west", required = true) String area,
            @Schema(example = "North West", required = true) String name,
            @Schema(example = "REGION", required = true) String type,
            @Schema(description = "The slug of the area it lies within", example = "england") String parent,
            @Schema(description = "Initiatives linked to this area or to an area within it: what `GET /initiatives?area=…` finds",
                    example = "13", required = true) int initiatives) {
    }

    @Schema(name = "ThemeStatistics", description = "Published initiatives per theme and section of each published edition")
    public record ByTheme(@Schema(required = true) List<ThemeCount> rows) {
    }

    @Schema(name = "ThemeCount")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ThemeCount(
            @Schema(example = "good-practice-guide-2016", required = true) String edition,
            @Schema(example = "rethinking-social-work", required = true) String theme,
            @Schema(example = "Theme 1: Rethinking social work", required = true) String title,
            @Schema(description = "The theme a section belongs to", example = "rethinking-social-work") String parent,
            @Schema(description = "Initiatives grouped under it (a theme counts its sections'): what `GET /initiatives?theme=…` finds",
                    example = "17", required = true) int initiatives) {
    }
}
