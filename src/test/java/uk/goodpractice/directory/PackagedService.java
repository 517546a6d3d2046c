package uk.goodpractice.directory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.io.UncheckedIOException;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, or the PostgreSQL build) as a
 * process of its own on a free port, for the failsafe tests that need the real thing: a restart, a
 * {@code kill -9}, a data directory it must refuse, two instances on one database. The one place that
 * starts it and waits for it to be ready.
 */
public final class PackagedService implements AutoCloseable {

    public static final Path JAR = Path.of(System.getProperty("directory.jar", "target/quarkus-app/quarkus-run.jar"));
    public static final String ADMIN = "packaged-admin";
    public static final String PASSWORD = "packaged-admin-password";
    /** The README's run command, whose environment and JVM options every start here uses: the tests run what people are told to run. */
    static final RunCommand README = RunCommand.fromReadme(Path.of("README.md"));

    private final Process process;
    private final int port;
    private final Path logFile;

    private PackagedService(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** Starts the H2 build on {@code dataDir} with the default environment and waits until it is ready. */
    public static PackagedService start(Path dataDir, Path log) throws Exception {
        return on(dataDir).start(log);
    }

    /** A start of the service on {@code dataDir}, to adjust before it is launched. */
    public static Launch on(Path dataDir) {
        return new Launch(dataDir);
    }

    /**
     * How one process is started: which build, which environment beyond the defaults (a free port, the
     * data directory, the first admin, a fixed session key, the H2 file whatever the caller's
     * environment says), and what goes before the java command (e.g. to run it as another user).
     */
    public static final class Launch {

        private final Path dataDir;
        private Path jar = JAR;
        /** A null value removes the variable from the environment the process inherits. */
        private final Map<String, String> env = new LinkedHashMap<>();
        private List<String> prefix = List.of();

        private Launch(Path dataDir) {
            this.dataDir = dataDir;
            env.put("DIRECTORY_ADMIN_USERNAME", ADMIN);
            env.put("DIRECTORY_ADMIN_PASSWORD", PASSWORD);
            env.put("DIRECTORY_SESSION_KEY", "packaged-service-test-session-key");
            env.put("DATASOURCE_URL", null);
        }

        /** Another build, such as the PostgreSQL one in {@code target/postgresql}. */
        public Launch jar(Path jar) {
            this.jar = jar;
            return this;
        }

        /** Sets (or, with null, removes) an environment variable of the process. */
        public Launch env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Launch prefix(List<String> prefix) {
            this.prefix = List.copyOf(prefix);
            return this;
        }

        /** Starts the process and waits until it is ready. */
        public PackagedService start(Path log) throws Exception {
            PackagedService service = launch(log);
            service.awaitReady();
            return service;
        }

        /** Starts the process and returns at once. */
        public PackagedService launch(Path log) throws IOException {
            assertTrue(Files.isRegularFile(jar), jar.toAbsolutePath() + " is missing: build it with ./mvnw package (./mvnw verify does)");
            int port = freePort();
            List<String> command = new ArrayList<>(prefix);
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(README.jvmOptions());
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command);
            Map<String, String> environment = builder.environment();
            environment.putAll(README.environment());
            environment.put("DATA_DIR", dataDir.toString());
            environment.put("PORT", Integer.toString(port));
            env.forEach((name, value) -> {
                if (value == null) {
                    environment.remove(name);
                } else {
                    environment.put(name, value);
                }
            });
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            return new PackagedService(builder.start(), port, log);
        }
    }

    public void awaitReady() throws InterruptedException {
        // a guard against a service that never starts, not a timing check: on a busy machine a first
        // start (migrations, the data set, the first admin's bcrypt hash) has taken over 3 minutes
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("The service stopped with exit code " + process.exitValue() + ":\n" + log());
            }
            try {
                if (RestAssured.given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        close();
        fail("The service did not become ready within 6 minutes:\n" + log());
    }

    /** The exit code once the process has ended by itself, within {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            fail("The service was expected to stop by itself but was still running after " + timeout + ":\n" + log());
        }
        return process.exitValue();
    }

    /** A real SIGKILL of the java process, as a power cut or the OOM killer would end it: nothing is closed, nothing flushed. */
    public void kill9() throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -9 " + process.pid());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the process ended after SIGKILL");
    }

    public int port() {
        return port;
    }

    public RequestSpecification api() {
        return Api.api().port(port);
    }

    /** HTTP Basic as the first admin (every request pays for a bcrypt check). */
    public RequestSpecification admin() {
        return api().auth().preemptive().basic(ADMIN, PASSWORD);
    }

    /** Signs in with the web pages' form and returns a request factory carrying the session cookie and CSRF token. */
    public Session signIn() {
        Response signIn = RestAssured.given().port(port).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", ADMIN).formParam("j_password", PASSWORD).post("/j_security_check");
        signIn.then().statusCode(200);
        Map<String, String> cookies = signIn.getCookies();
        String csrf = api().cookies(cookies).get("/api/v1/me").then().statusCode(200).extract().path("csrfToken");
        return new Session(port, cookies, csrf);
    }

    /** A signed-in browser session: no bcrypt per request. */
    public record Session(int port, Map<String, String> cookies, String csrf) {
        public RequestSpecification request() {
            return Api.api().port(port).cookies(cookies).header("X-CSRF-Token", csrf);
        }
    }

    public String log() {
        try {
            return Files.readString(logFile);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops it as a deployment would (SIGTERM) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            fail("The service did not stop within a minute of SIGTERM:\n" + log());
        }
    }

    /**
     * The environment and JVM options of the README's run command: the line of its first {@code sh}
     * block that runs {@code java … -jar target/quarkus-app/quarkus-run.jar}, read as
     * {@code [NAME=value …] java [option …] -jar …}.
     */
    record RunCommand(Map<String, String> environment, List<String> jvmOptions) {

        static RunCommand fromReadme(Path readme) {
            String text;
            try {
                text = Files.readString(readme);
            } catch (IOException e) {
                throw new UncheckedIOException("The tests start the service with the README's run command: cannot read " + readme, e);
            }
            java.util.regex.Matcher block = java.util.regex.Pattern.compile("```sh\\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(text);
            String line = block.find() ? block.group(1).lines().filter(l -> l.contains(" -jar target/quarkus-app/quarkus-run.jar")).findFirst().orElse(null) : null;
            if (line == null) {
                throw new IllegalStateException("README.md's first sh block has no run command ending in -jar target/quarkus-app/quarkus-run.jar");
            }
            String run = line.substring(line.lastIndexOf("&&") + 2).trim();
            Map<String, String> env = new LinkedHashMap<>();
            List<String> options = new ArrayList<>();
            boolean java = false;
            for (String word : run.split("\\s+")) {
                if (word.equals("-jar")) {
                    break;
                } else if (java) {
                    options.add(word);
                } else if (word.equals("java")) {
                    java = true;
                } else if (word.matches("[A-Z_][A-Z0-9_]*=\\S*")) {
                    env.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
                } else {
                    throw new IllegalStateException("README.md's run command: '" + word + "' before java is not NAME=value: " + run);
                }
            }
            if (!java) {
                throw new IllegalStateException("README.md's run command does not run java: " + run);
            }
            return new RunCommand(Map.copyOf(env), List.copyOf(options));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
