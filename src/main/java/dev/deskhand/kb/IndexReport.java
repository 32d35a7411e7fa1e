package dev.deskhand.kb;

import java.time.Duration;
import java.util.List;

/**
 * What one index build did.
 *
 * @param articles how many articles were indexed
 * @param sections how many playbook sections were indexed on their own
 * @param skipped  files that were not indexed, with the reason
 * @param took     wall time of the build
 * @param rejectedSynonyms lines of {@code synonyms.txt} that could not be read, as "line N: text (reason)"
 */
public record IndexReport(int articles, int sections, List<SkippedFile> skipped, Duration took,
                          List<String> rejectedSynonyms) {

    public IndexReport {
        skipped = List.copyOf(skipped);
        rejectedSynonyms = List.copyOf(rejectedSynonyms);
    }
}
