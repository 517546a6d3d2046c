package uk.goodpractice.directory.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the data files are read from: the classpath (the shipped data set) or a directory. */
interface SeedSource {

    InputStream open(String relativePath) throws IOException;

    String describe();

    static SeedSource classpath(String base) {
        return new SeedSource() {
            @Override
            public InputStream open(String relativePath) throws IOException {
                InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(base + "/" + relativePath);
                if (in == null) {
                    throw new NoSuchFileException(relativePath);
                }
                return in;
            }

            @Override
            public String describe() {
                return "classpath:" + base;
            }
        };
    }

    static SeedSource directory(Path dir) {
        return new SeedSource() {
            @Override
            public InputStream open(String relativePath) throws IOException {
                return Files.newInputStream(dir.resolve(relativePath));
            }

            @Override
            public String describe() {
                return dir.toString();
            }
        };
    }

    static SeedSource of(String location) {
        if (location.startsWith("classpath:")) {
            return classpath(location.substring("classpath:".length()));
        }
        Path dir = Path.of(location);
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new NoSuchFileException(location, null, "not a directory"));
        }
        return directory(dir);
    }
}
