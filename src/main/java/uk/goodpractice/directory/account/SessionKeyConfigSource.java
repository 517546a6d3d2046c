package uk.goodpractice.directory.account;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The session key when DIRECTORY_SESSION_KEY is not set: a random key made once and kept, readable
 * by the service's user only, in the data directory beside the database it protects. So the run
 * command needs no secret of its own, restarts keep people signed in, and the key is never logged.
 * Several instances behind one address must share DIRECTORY_SESSION_KEY instead.
 */
public class SessionKeyConfigSource implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String FILE = "session.key";
    private volatile String key;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String name) {
        // never while the application is being built (UNSET): a key made then could end up in the package
        if (!PROPERTY.equals(name) || LaunchMode.current() != LaunchMode.NORMAL || ExecutionMode.current() == ExecutionMode.UNSET
                || present(System.getenv("DIRECTORY_SESSION_KEY"))
                || present(System.getProperty("DIRECTORY_SESSION_KEY"))) {
            return null; // application.properties: DIRECTORY_SESSION_KEY, or the dev and test keys
        }
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = readOrCreate(Path.of(present(System.getenv("DATA_DIR")) ? System.getenv("DATA_DIR") : "./data").resolve(FILE));
                }
            }
        }
        return key;
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String created = Base64.getEncoder().encodeToString(secret);
            Files.writeString(file, created, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // not a POSIX file system: the directory's own permissions protect it
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session key in " + file + "; set DIRECTORY_SESSION_KEY instead", e);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Above application.properties (250), which would otherwise resolve to an empty key; below the environment (300). */
    @Override
    public int getOrdinal() {
        return 275;
    }

    @Override
    public String getName() {
        return "directory-session-key-file";
    }
}
