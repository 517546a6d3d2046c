package uk.goodpractice.directory.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.RetriedOnRace;

/**
 * Accounts. There is no default password: the first admin comes from DIRECTORY_ADMIN_USERNAME and
 * DIRECTORY_ADMIN_PASSWORD at a start when no account exists yet.
 */
@ApplicationScoped
@RetriedOnRace
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private final uk.goodpractice.directory.audit.AuditService audit;
    private final Optional<String> adminUsername;
    private final Optional<String> adminPassword;

    public AccountService(uk.goodpractice.directory.audit.AuditService audit, @ConfigProperty(name = "directory.admin.username") Optional<String> adminUsername,
            @ConfigProperty(name = "directory.admin.password") Optional<String> adminPassword) {
        this.audit = audit;
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

    private static Account create(AccountViews.NewAccount request) {
        Account account = new Account();
        account.username = request.username();
        account.password = Passwords.hash(request.password());
        account.roles = String.join(",", request.roles().stream().distinct().sorted().toList());
        account.persist();
        return account;
    }
}
