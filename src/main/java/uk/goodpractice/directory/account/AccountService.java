package uk.goodpractice.directory.account;

import uk.goodpractice.directory.common.Roles;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.ProblemDetail;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.RetriedOnRace;
import uk.goodpractice.directory.audit.AuditService;

/**
 * Accounts. There is no default password: the first admin comes from DIRECTORY_ADMIN_USERNAME and
 * DIRECTORY_ADMIN_PASSWORD at a start when no account exists yet.
 */
@ApplicationScoped
@RetriedOnRace
class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private final AuditService audit;
    private final Sessions sessions;
    private final MergePatch mergePatch;
    private final Optional<String> adminUsername;
    private final Optional<String> adminPassword;
    private final int bcryptCost;

    public AccountService(AuditService audit, Sessions sessions, MergePatch mergePatch, @ConfigProperty(name = "directory.admin.username") Optional<String> adminUsername,
            @ConfigProperty(name = "directory.admin.password") Optional<String> adminPassword,
            @ConfigProperty(name = Passwords.COST, defaultValue = Passwords.DEFAULT_COST) int bcryptCost) {
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new IllegalArgumentException(Passwords.COST + " must be from 4 to 31, not " + bcryptCost);
        }
        this.bcryptCost = bcryptCost;
        this.audit = audit;
        this.sessions = sessions;
        this.mergePatch = mergePatch;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Transactional
    void createFirstAdmin(@Observes StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        if (adminUsername.isEmpty() || adminPassword.isEmpty()) {
            LOG.info("No accounts yet: set DIRECTORY_ADMIN_USERNAME and DIRECTORY_ADMIN_PASSWORD to create the first admin");
            return;
        }
        create(new AccountViews.NewAccount(adminUsername.get(), adminPassword.get(), List.of(Roles.ADMIN, Roles.EDITOR)));
        LOG.infof("Created the first admin account '%s'", adminUsername.get());
    }

    @Transactional
    public AccountViews.AccountView createAccount(AccountViews.NewAccount request) {
        requireHashable(request.password());
        if (Account.count("username", request.username()) > 0) {
            throw new ApiException.Conflict("An account named '" + request.username() + "' already exists");
        }
        AccountViews.AccountView created = AccountViews.AccountView.from(create(request));
        audit.record("CREATE", "account", created.username(), null, created);
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<AccountViews.AccountView> listAccounts(PageRequest page) {
        var query = Account.<Account>find("order by username");
        long total = query.count();
        return Paged.of(query.page(page.page() - 1, page.pageSize()).list().stream().map(AccountViews.AccountView::from).toList(),
                page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountViews.AccountView> findAccount(String username) {
        return Account.<Account>find("username", username).firstResultOptional().map(AccountViews.AccountView::from);
    }

    /**
     * An admin's change of roles, password or whether the account may sign in. A new password or
     * disabling ends every session of the account; the last enabled admin cannot be disabled or demoted.
     */
    @Transactional
    public AccountViews.AccountView changeAccount(String username, JsonNode patch) {
        Account account = Account.<Account>find("username", username).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("No account is named '" + username + "'"));
        AccountViews.AccountView before = AccountViews.AccountView.from(account);
        AccountViews.AccountChanges changes = mergePatch.apply(AccountViews.AccountChanges.of(account), patch, AccountViews.AccountChanges.class);
        if (changes.roles() == null) {
            throw new ApiException.InvalidBody(List.of(new ProblemDetail.FieldError(null, "/roles", "must name at least one role")));
        }
        String roles = String.join(",", changes.roles().stream().distinct().sorted().toList());
        boolean disable = Boolean.TRUE.equals(changes.disabled());
        boolean staysAdmin = !disable && roles.contains(Roles.ADMIN);
        if (!staysAdmin && account.disabledAt == null && account.roles.contains(Roles.ADMIN)
                && Account.count("roles like ?1 and disabledAt is null and username <> ?2", "%" + Roles.ADMIN + "%", username) == 0) {
            throw new ApiException.Conflict("'" + username + "' is the last admin who can sign in: make another admin first");
        }
        account.roles = roles;
        if (changes.password() != null) {
            requireHashable(changes.password());
            account.password = Passwords.hash(changes.password(), bcryptCost);
            sessions.endAll(username);
        }
        if (disable && account.disabledAt == null) {
            account.disabledAt = OffsetDateTime.now();
            sessions.endAll(username);
        } else if (!disable) {
            account.disabledAt = null;
        }
        AccountViews.AccountView after = AccountViews.AccountView.from(account);
        audit.record("UPDATE", "account", username, before, after);
        return after;
    }

    /** bcrypt reads only the first 72 bytes: a longer password would be accepted with any ending, so it is refused. */
    private static void requireHashable(String password) {
        if (password != null && Passwords.tooLong(password)) {
            throw new ApiException.InvalidBody(List.of(new ProblemDetail.FieldError(null, "/password",
                    "must be at most " + Passwords.MAX_BYTES + " bytes in UTF-8 (bcrypt reads no more)")));
        }
    }

    private Account create(AccountViews.NewAccount request) {
        Account account = new Account();
        account.username = request.username();
        account.password = Passwords.hash(request.password(), bcryptCost);
        account.roles = String.join(",", request.roles().stream().distinct().sorted().toList());
        account.persist();
        return account;
    }
}
