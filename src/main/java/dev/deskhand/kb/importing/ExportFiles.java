package dev.deskhand.kb.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** The text files of an export, from a zip or an unpacked folder, by their path inside it ('/'-separated). */
final class ExportFiles {

    private ExportFiles() {
    }

    static Map<String, String> read(Path export, String suffix) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(export)) {
            try (Stream<Path> walk = Files.walk(export)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String name = export.relativize(file).toString().replace('\\', '/');
                    if (name.endsWith(suffix)) {
                        files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
            return files;
        }
        try (ZipFile zip = new ZipFile(export.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getName().endsWith(".zip")) {
                    // Large Notion workspaces export as a zip of "Part-1.zip", "Part-2.zip"…
                    try (ZipInputStream part = new ZipInputStream(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
                        readPart(part, suffix, files);
                    }
                } else if (entry.getName().endsWith(suffix)) {
                    files.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static void readPart(ZipInputStream part, String suffix, Map<String, String> files) throws IOException {
        for (ZipEntry entry = part.getNextEntry(); entry != null; entry = part.getNextEntry()) {
            if (!entry.isDirectory() && entry.getName().endsWith(suffix)) {
                files.put(entry.getName(), new String(part.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /** The file name without folders. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
