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
 */
public record IndexReport(int articles, int sections, List<SkippedFile> skipped, Duration took) {

    public IndexReport {
        skipped = List.copyOf(skipped);
    }
}
