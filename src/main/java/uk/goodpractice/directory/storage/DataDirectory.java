package uk.goodpractice.directory.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The checks a data directory must pass before the service opens the embedded database in it. H2
 * would otherwise start "ready" on an emptied database file (and the seed would be loaded into it
 * again, every edit gone), or open a read-only database and answer 500 to every write.
 *
 * <p>Only the run command's own database is checked: with {@code DATASOURCE_URL} (or Quarkus's
 * {@code QUARKUS_DATASOURCE_JDBC_URL}) the database lives elsewhere and is that server's to guard.
 */
record DataDirectory(Path dir, boolean embedded) {

    static final String DATABASE_FILE = "directory.mv.db";
    /** An H2 MVStore file starts with two 4 KiB copies of a text header beginning "H:2". */
    private static final int HEADER_BYTES = 2 * 4096;
    private static final String HEADER_START = "H:2";

    static DataDirectory fromEnvironment(Map<String, String> env) {
        boolean embedded = blank(env.get("DATASOURCE_URL")) && blank(env.get("QUARKUS_DATASOURCE_JDBC_URL"))
                && blank(System.getProperty("quarkus.datasource.jdbc.url"));
        String dir = blank(env.get("DATA_DIR")) ? "./data" : env.get("DATA_DIR");
        return new DataDirectory(Path.of(dir), embedded);
    }

    /** Why the service must not start on this directory, or null when it may. */
    String refusal() {
        if (!embedded) {
            return null;
        }
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return "the data directory " + absolute + " is not a directory";
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return "the data directory " + absolute + " cannot be created (" + e.getMessage() + ")";
        }
        String notWritable = probeWrite(absolute);
        if (notWritable != null) {
            return notWritable;
        }
        Path database = dir.resolve(DATABASE_FILE);
        return Files.exists(database) ? checkDatabaseFile(database.toAbsolutePath().normalize()) : null;
    }

    /** Writes, syncs and removes a file: the only sure test, since permissions alone say nothing for root or read-only mounts. */
    private static String probeWrite(Path dir) {
        Path probe = dir.resolve(".write-check-" + ProcessHandle.current().pid());
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
            channel.force(true);
            return null;
        } catch (IOException e) {
            return "the data directory " + dir + " is not writable (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); every change would fail. Make it writable by the service's user, or point DATA_DIR at one that is.";
        }
    }

    private static String checkDatabaseFile(Path database) {
        try {
            long size = Files.size(database);
            if (size == 0) {
                return "the database file " + database + " is empty (0 bytes): it is not a database this service wrote, and"
                        + " starting would load the shipped data set in place of every edit. Restore it from a backup, or delete it"
                        + " to start again from the shipped data set.";
            }
            byte[] start = new byte[HEADER_START.length()];
            try (InputStream in = Files.newInputStream(database)) {
                if (size < HEADER_BYTES || in.readNBytes(start, 0, start.length) < start.length
                        || !HEADER_START.equals(new String(start, StandardCharsets.US_ASCII))) {
                    return "the database file " + database + " (" + size + " bytes) is not a complete H2 database: it is shorter"
                            + " than H2's file header or does not start with it. Restore it from a backup.";
                }
            }
            try (FileChannel channel = FileChannel.open(database, StandardOpenOption.WRITE)) {
                return null; // opened for writing, nothing written
            }
        } catch (IOException e) {
            return "the database file " + database + " cannot be opened for reading and writing (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "). Make it writable by the service's user.";
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
