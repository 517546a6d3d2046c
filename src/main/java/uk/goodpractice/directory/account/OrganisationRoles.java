package uk.goodpractice.directory.account;

import uk.goodpractice.directory.common.Roles;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory's roles for someone signed in by the organisation's identity provider: the provider's
 * roles or groups (the claim {@code quarkus.oidc.roles.role-claim-path} names) that
 * {@code directory.oidc.editor-roles} and {@code directory.oidc.admin-roles} list become editor and
 * admin (an admin is also an editor); any other provider role counts for nothing here.
 */
@ApplicationScoped
class OrganisationRoles implements SecurityIdentityAugmentor {

    private final List<String> editorRoles;
    private final List<String> adminRoles;

    OrganisationRoles(@ConfigProperty(name = "directory.oidc.editor-roles", defaultValue = "editor") List<String> editorRoles,
            @ConfigProperty(name = "directory.oidc.admin-roles", defaultValue = "admin") List<String> adminRoles) {
        this.editorRoles = editorRoles;
        this.adminRoles = adminRoles;
    }

    /** Before {@link NewSessions}, which only records the name. */
    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // only identities from the OpenID Connect code flow carry the tenant-id attribute and an ID token
        if (identity.isAnonymous() || identity.getAttribute("tenant-id") == null || identity.getCredentials().stream()
                .noneMatch(c -> c.getClass().getSimpleName().equals("IdTokenCredential"))) {
            return Uni.createFrom().item(identity);
        }
        Set<String> provided = identity.getRoles();
        boolean admin = adminRoles.stream().anyMatch(provided::contains);
        boolean editor = admin || editorRoles.stream().anyMatch(provided::contains);
        QuarkusSecurityIdentity.Builder mapped = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .setAnonymous(false);
        if (editor) {
            mapped.addRole(Roles.EDITOR);
        }
        if (admin) {
            mapped.addRole(Roles.ADMIN);
        }
        return Uni.createFrom().item(mapped.build());
    }
}
