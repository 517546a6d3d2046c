package uk.goodpractice.directory.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/**
 * An editor's or admin's account. quarkus-security-jpa checks HTTP Basic and form sign-ins against it
 * (the password a bcrypt hash in Modular Crypt Format) and reads its roles afresh for every session
 * request, so a change of roles applies to open sessions at once.
 */
@Entity
@Table(name = "account")
@UserDefinition
class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true, length = 100)
    public String username;

    @Password(PasswordType.MCF)
    @Column(nullable = false, length = 100)
    public String password;

    /** Comma-separated: {@code editor} and/or {@code admin}. */
    @Roles
    @Column(nullable = false, length = 100)
    public String roles;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** Set while an admin has disabled the account: it cannot sign in, and its sessions were ended. */
    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;
}
