package dev.deskhand.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A model shipped inside the jar, kept as a plain file in a folder of the data directory so that ONNX Runtime reads
 * it from disk itself. Handing it the bytes instead costs a 23 MB copy in the Java heap (about 47 MiB of heap pages
 * touched while the array grows) and another in native memory, for the whole life of a small heap. The file is
 * written once (to a temporary name, then moved into place, so a crash never leaves half a model) and its SHA-256
 * is checked on every load: a damaged or foreign file is replaced from the jar, and a jar whose copy does not match
 * the expected hash is refused rather than loaded.
 */
final class ModelFile {

    private ModelFile() {
    }

    /**
     * @param folder   where the file is kept (created if missing)
     * @param resource the classpath name of the model, such as {@code /model.onnx}
     * @param sha256   the hash the model must have, in lower-case hex
     * @return the verified file
     * @throws IOException if the folder cannot be written, or the jar's copy is not the expected model
     */
    static Path in(Path folder, String resource, String sha256) throws IOException {
        Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                if (sha256.equals(hash(in, OutputStream.nullOutputStream()))) {
                    return file;
                }
            }
        }
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, file.getFileName().toString(), ".part");
        try {
            String written;
            try (InputStream in = MiniLmEncoder.class.getResourceAsStream(resource);
                 OutputStream out = Files.newOutputStream(part)) {
                if (in == null) {
                    throw new IOException(resource + " is missing from the classpath");
                }
                written = hash(in, out);
            }
            if (!sha256.equals(written)) {
                throw new IOException(resource + " in the jar has SHA-256 " + written + ", expected " + sha256);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Copies {@code in} to {@code out} and returns the SHA-256 of what passed, in lower-case hex. */
    private static String hash(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
