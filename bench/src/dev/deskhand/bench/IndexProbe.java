package dev.deskhand.bench;

import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/**
 * Looks inside a {@link LuceneKnowledgeBase} for figures its public API does not expose: the bytes of the Lucene
 * files in its in-memory directory and the number of Lucene documents (articles plus passages). It reads private
 * fields by reflection, so it reports "n/a" instead of failing if the product's internals change.
 */
final class IndexProbe {

    /** Lucene file bytes and document count, or -1 each when the internals moved. */
    record Size(long bytes, long documents) {
    }

    private IndexProbe() {
    }

    static Size size(LuceneKnowledgeBase kb) {
        try {
            Field engineField = LuceneKnowledgeBase.class.getDeclaredField("engine");
            engineField.setAccessible(true);
            Object engine = engineField.get(kb);
            Method index = engine.getClass().getDeclaredMethod("index");
            index.setAccessible(true);
            Object snapshot = index.invoke(engine);
            Field readerField = snapshot.getClass().getDeclaredField("reader");
            readerField.setAccessible(true);
            DirectoryReader reader = (DirectoryReader) readerField.get(snapshot);
            Directory directory = reader.directory();
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return new Size(bytes, reader.maxDoc());
        } catch (ReflectiveOperationException | RuntimeException | java.io.IOException e) {
            System.out.println("  (index size unavailable: " + e + ")");
            return new Size(-1, -1);
        }
    }

    /** Heap in use after a full collection, in bytes. */
    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
