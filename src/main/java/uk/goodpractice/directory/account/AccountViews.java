package uk.goodpractice.directory.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of accounts. Passwords are accepted, never returned. */
final class AccountViews {

    private AccountViews() {
    }

    @Schema(name = "NewAccount")
    public record NewAccount(
            @Schema(example = "a.editor", required = true) @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+",
                    message = "may hold only letters, digits and . _ @ -") String username,
            @Schema(description = "At least 12 characters and at most 72 bytes (UTF-8), the most bcrypt reads", example = "correct horse battery staple", required = true)
            @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
            @Schema(example = "[\"editor\"]", required = true)
            @NotEmpty List<@Pattern(regexp = "editor|admin", message = "must be editor or admin") String> roles) {
    }

    @Schema(name = "Account")
    public record AccountView(@Schema(example = "a.editor", required = true) String username,
            @Schema(example = "[\"editor\"]", required = true) List<String> roles,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(description = "When an admin disabled the account; absent while it may sign in") OffsetDateTime disabledAt) {
        static AccountView from(Account a) {
            return new AccountView(a.username, List.of(a.roles.split(",")), a.createdAt, a.disabledAt);
        }
    }

    /**
     * An admin's change to an account (JSON Merge Patch): leave out what stays as it is. A new password
     * or disabling the account ends its sessions everywhere; new roles apply to its open sessions at once.
     */
    @Schema(name = "AccountChanges")
    public record AccountChanges(
            @Schema(example = "[\"editor\",\"admin\"]") @Size(min = 1, message = "must name at least one role")
            List<@NotNull @Pattern(regexp = "editor|admin", message = "must be editor or admin") String> roles,
            @Schema(description = "true: the account cannot sign in and its sessions end; false: it may sign in again")
            Boolean disabled,
            @Schema(description = "A new password (at least 12 characters, at most 72 bytes): resets it and ends the account's sessions",
                    example = "a new correct horse battery staple")
            @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password) {
        static AccountChanges of(Account a) {
            return new AccountChanges(List.of(a.roles.split(",")), a.disabledAt != null, null);
        }
    }

    @Schema(name = "Me")
    public record Me(@Schema(example = "a.editor", required = true) String username, @Schema(required = true) List<String> roles,
            @Schema(description = "Present when signed in with the session cookie (POST /j_security_check): send it in the "
                    + "X-CSRF-Token header of every POST, PUT, PATCH and DELETE. It changes at each sign-in.",
                    example = "q3J0c1ZtX2x4bVd2eG5Gc0ZtR3l0a0JqV2R6c1p2cVE") String csrfToken) {
    }
}
