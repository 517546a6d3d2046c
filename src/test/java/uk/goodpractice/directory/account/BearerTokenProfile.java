package uk.goodpractice.directory.account;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.EditingProfile;

/**
 * Single sign-on switched on by configuration alone, as an Entra ID deployment would through its
 * environment: bearer tokens (an issuer, an audience and the issuer's public key) and the browser
 * sign-in at the organisation's OpenID Connect provider ({@link OidcProvider}, started for this
 * profile). The key pair is made for this test
 * run; it lives in system properties because the application and the test see different copies of
 * this class.
 */
public class BearerTokenProfile extends EditingProfile {

    static final String ISSUER = "https://login.example.test/tenant-id/v2.0";
    static final String AUDIENCE = "good-practice-directory-api";
    private static final String PUBLIC = "test.bearer.public-key";
    private static final String PRIVATE = "test.bearer.private-key";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        // a database of its own, so that its edits of seeded initiatives touch no other test
        config.put("directory.test.database", "bearer");
        // no browser tests here: skip building the frontend for this start
        config.put("quarkus.quinoa", "false");
        config.put("mp.jwt.verify.publickey", publicKey());
        config.put("mp.jwt.verify.issuer", ISSUER);
        config.put("mp.jwt.verify.audiences", AUDIENCE);
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcProvider.class));
    }

    /** A token's claims as the identity provider would issue them, valid for five minutes. */
    static JwtClaimsBuilder claims(String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn("service-principal@example.test").claim("roles", List.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
    }

    static String token(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test-key").sign(privateKey());
    }

    private static synchronized void generate() {
        if (System.getProperty(PUBLIC) != null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            System.setProperty(PUBLIC, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            System.setProperty(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String publicKey() {
        generate();
        return System.getProperty(PUBLIC);
    }

    static PrivateKey privateKey() {
        generate();
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(PRIVATE))));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
