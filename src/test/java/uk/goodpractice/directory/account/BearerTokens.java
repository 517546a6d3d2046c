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

/**
 * Bearer tokens switched on by configuration alone, as an Entra ID deployment would through its
 * environment (an issuer, an audience and the issuer's public key), for the editing tests' profile,
 * and the tokens such an issuer would sign. The key pair is made for this test run; it lives in
 * system properties because the application and the test see different copies of this class.
 */
public final class BearerTokens {

    static final String ISSUER = "https://login.example.test/tenant-id/v2.0";
    static final String AUDIENCE = "good-practice-directory-api";
    private static final String PUBLIC = "test.bearer.public-key";
    private static final String PRIVATE = "test.bearer.private-key";

    private BearerTokens() {
    }

    /** The configuration that accepts this issuer's tokens. */
    public static Map<String, String> configuration() {
        Map<String, String> config = new HashMap<>();
        config.put("mp.jwt.verify.publickey", publicKey());
        config.put("mp.jwt.verify.issuer", ISSUER);
        config.put("mp.jwt.verify.audiences", AUDIENCE);
        return config;
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
