package dev.deskhand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class-data archive the run command names ({@code -XX:SharedArchiveFile}). JDK 17 starts without one that is
 * missing, silently and with no class sharing at all (not even the JDK's own), so the app says so itself.
 */
final class ClassArchive {

    private static final Logger log = LoggerFactory.getLogger(ClassArchive.class);
    static final String OPTION = "-XX:SharedArchiveFile=";

    private ClassArchive() {
    }

    /** The archive {@code jvmArguments} name, when that file does not exist. */
    static Optional<String> missing(List<String> jvmArguments, Predicate<Path> exists) {
        return jvmArguments.stream().filter(a -> a.startsWith(OPTION)).reduce((first, last) -> last)
                .map(a -> a.substring(OPTION.length()))
                // The dynamic archive is the last of "base:dynamic"; it is the one a build makes.
                .map(files -> files.substring(files.lastIndexOf(java.io.File.pathSeparatorChar) + 1))
                .filter(file -> !file.isBlank() && !exists.test(Path.of(file)));
    }

    /** Warns, off the start-up path, when this JVM was told to use an archive that is not there. */
    static void warnIfMissing() {
        Thread check = new Thread(() -> ProcessHandle.current().info().arguments()
                .flatMap(arguments -> missing(List.of(arguments), Files::isRegularFile))
                .ifPresent(file -> log.warn("The class-data archive {} (-XX:SharedArchiveFile) does not exist, so this "
                        + "start shares no classes and is slower; make it once per build of the jar with "
                        + "`java -XX:ArchiveClassesAtExit={} -Xlog:cds=off -jar <the jar> warmup` (README.md)",
                        file, file)), "class-archive-check");
        check.setDaemon(true);
        check.start();
    }
}
