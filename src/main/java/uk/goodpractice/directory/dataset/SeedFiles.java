package uk.goodpractice.directory.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.goodpractice.directory.area.AreaType;
import uk.goodpractice.directory.common.Slugs;
import uk.goodpractice.directory.content.Figure;
import uk.goodpractice.directory.content.Link;
import uk.goodpractice.directory.content.Reference;
import uk.goodpractice.directory.content.Section;

/**
 * The shapes of the curated data files (see {@code src/main/resources/data/README.md}).
 * Bean Validation checks each field; {@link SeedLoader} checks that references resolve.
 */
final class SeedFiles {

    static final String EMAIL = "^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$";
    static final String PHONE = "^\\+?[0-9 ()\\-]+( (or|ext\\.?|/) \\+?[0-9 ()\\-]+)*$";
    static final String DATE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    private SeedFiles() {
    }

    public record Manifest(@NotBlank String drivers, @NotBlank String areas, @NotEmpty List<@NotBlank String> editions) {
    }

    public record DriverFile(@NotEmpty List<@Valid DriverSeed> drivers) {
    }

    public record DriverSeed(
            @NotBlank @Pattern(regexp = Slugs.PATTERN) String slug,
            @NotBlank @Size(max = 200) String label,
            @NotBlank @Size(max = 200) String shortLabel,
            @Size(max = 2000) String description) {
    }

    public record AreaFile(@NotEmpty List<@Valid AreaSeed> areas) {
    }

    public record AreaSeed(
            @NotBlank @Pattern(regexp = Slugs.PATTERN) String slug,
            @NotBlank @Size(max = 200) String name,
            @NotNull AreaType type,
            String parent) {
    }

    public record EditionFile(@NotNull @Valid EditionSeed edition, @NotNull List<@Valid InitiativeSeed> initiatives) {
    }

    public record EditionSeed(
            @NotBlank @Pattern(regexp = Slugs.PATTERN) String slug,
            @NotBlank @Size(max = 400) String title,
            @Size(max = 400) String subtitle,
            @NotBlank @Size(max = 200) String series,
            @NotBlank @Size(max = 200) String label,
            @Pattern(regexp = DATE, message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String publicationDate,
            @Size(max = 400) String publisher,
            @Size(max = 400) String theme,
            @Size(max = 200) String sourceFile,
            List<@Valid Section> introduction,
            @Valid SuggestionsSeed suggestionsContact,
            List<@Valid ThemeSeed> themes,
            List<@Valid UpcomingSeed> upcoming) {
    }

    public record SuggestionsSeed(
            @NotBlank @Size(max = 2000) String text,
            @NotBlank @Pattern(regexp = EMAIL, message = "must be a well-formed email address") String email) {
    }

    public record ThemeSeed(
            @NotBlank @Pattern(regexp = Slugs.PATTERN) String slug,
            @NotBlank @Size(max = 400) String title,
            List<@Valid ThemeSeed> sections) {
    }

    public record UpcomingSeed(
            @NotBlank @Size(max = 400) String title,
            @NotBlank @Size(max = 4000) String text,
            @Pattern(regexp = Slugs.PATTERN) String initiative) {
    }

    public record InitiativeSeed(
            @NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = 160) String slug,
            @NotBlank @Size(max = 400) String title,
            @Size(max = 400) String matrixTitle,
            @Size(max = 2000) String summary,
            @Size(max = 400) String leadOrganisation,
            List<@NotBlank @Size(max = 400) String> partners,
            List<@NotBlank String> areas,
            String theme,
            String section,
            @NotBlank @Size(max = 500) String citation,
            @NotEmpty List<@Valid Section> sections,
            List<@Valid Link> links,
            List<@Valid ContactSeed> contacts,
            List<@Valid Figure> figures,
            List<@Valid Reference> references,
            List<@NotBlank String> drivers,
            List<@Valid EditorialDriverSeed> editorialDrivers) {
    }

    public record ContactSeed(
            @NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = 160) String slug,
            @Size(max = 200) String name,
            @Size(max = 400) String role,
            @Size(max = 400) String organisation,
            @Pattern(regexp = EMAIL, message = "must be a well-formed email address") @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number as printed (digits, spaces, +, brackets; several joined by ' or ')") @Size(max = 100) String phone,
            List<@NotBlank String> areas,
            @Size(max = 1000) String note) {
    }

    public record EditorialDriverSeed(@NotBlank String driver, @NotBlank @Size(max = 2000) String rationale) {
    }
}
