package uk.goodpractice.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service refuses to start on a data directory it cannot trust, saying why and exiting
 * non-zero, instead of starting "ready" on an emptied database (and loading the shipped data set over
 * every edit) or on a read-only one (and answering 500 to every write).
 */
class DataDirectoryIT {

    @TempDir
    Path work;

    @Test
    void zeroLengthDatabaseFile_refusesToStart_andLeavesTheFileAlone() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Path database = Files.createFile(dataDir.resolve("directory.mv.db"));

        PackagedService service = PackagedService.on(dataDir).launch(work.resolve("empty.log"));
        int exit = service.awaitExit(Duration.ofMinutes(2));

        assertNotEquals(0, exit, service.log());
        assertTrue(service.log().contains("Refusing to start: the database file " + database.toAbsolutePath() + " is empty (0 bytes)"),
                service.log());
        assertFalse(service.log().contains("Loaded "), "the data set was not loaded:\n" + service.log());
        assertEquals(0, Files.size(database), "the file was not touched");
    }

    @Test
    void readOnlyDataDirectory_refusesToStart_insteadOfFailingEveryWrite() throws Exception {
        Path dataDir = work.resolve("data").toAbsolutePath();
        try (PackagedService first = PackagedService.start(dataDir, work.resolve("first.log"))) {
            first.api().get("/api/v1/editions").then().statusCode(200);
        }

        PackagedService service = PackagedService.on(dataDir).prefix(readOnlyFor(dataDir)).launch(work.resolve("read-only.log"));
        int exit = service.awaitExit(Duration.ofMinutes(2));

        assertNotEquals(0, exit, service.log());
        assertTrue(service.log().contains("Refusing to start: the data directory " + dataDir + " is not writable"), service.log());
    }

    /**
     * Makes the data directory read-only for the service. Root writes through any permission bits, so
     * as root the service runs as nobody instead (the directory stays root's); otherwise the directory
     * and its files lose their write bits.
     */
    private List<String> readOnlyFor(Path dataDir) throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            // nobody must reach the data directory through the test's private temporary directory
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
            return List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        }
        try (var files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            }
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("r-xr-xr-x"));
        return List.of();
    }
}
