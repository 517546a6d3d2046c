package uk.goodpractice.directory.storage;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point: it refuses a data directory it cannot trust before anything opens the
 * database, because once H2 and Flyway have run, an emptied database file looks like a fresh start.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        String refusal = DataDirectory.fromEnvironment(System.getenv()).refusal();
        if (refusal != null) {
            System.err.println("Refusing to start: " + refusal);
            System.exit(78); // EX_CONFIG: a problem with the configuration (here, the data directory), not a crash
        }
        Quarkus.run(args);
    }
}
