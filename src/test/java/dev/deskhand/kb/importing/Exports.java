package dev.deskhand.kb.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds export zips in the sources' layouts from the folders under src/test/resources/importing. */
public final class Exports {

    private Exports() {
    }

    public static Path folder(String name) {
        try {
            return Path.of(Exports.class.getResource("/importing/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path zip(String name, Path into) throws IOException {
        Path source = folder(name);
        Path zip = into.resolve(name + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
             Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                entries.putNextEntry(new ZipEntry(source.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, entries);
                entries.closeEntry();
            }
        }
        return zip;
    }
}
