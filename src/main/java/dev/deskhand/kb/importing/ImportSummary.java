package dev.deskhand.kb.importing;

import java.util.List;

/** What one import did, counted per file. */
public record ImportSummary(String source, List<String> added, List<String> updated, int unchanged,
                            List<String> gone, DeletedPolicy deleted, List<Skipped> skipped) {

    public ImportSummary {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        gone = List.copyOf(gone);
        skipped = List.copyOf(skipped);
    }

    /** True when no file was written, moved or removed. */
    public boolean touchedNothing() {
        return added.isEmpty() && updated.isEmpty() && (gone.isEmpty() || deleted == DeletedPolicy.KEEP);
    }

    /** The summary printed by {@code deskhand import}: one line of counts, then one line per skipped item. */
    public List<String> lines() {
        String goneWord = switch (deleted) {
            case REMOVE -> "removed";
            case ARCHIVE -> "archived";
            case KEEP -> "gone at the source (kept)";
        };
        var lines = new java.util.ArrayList<String>();
        lines.add(source + ": " + added.size() + " new, " + updated.size() + " updated, " + unchanged + " unchanged, "
                + gone.size() + " " + goneWord + ", " + skipped.size() + " skipped");
        skipped.forEach(s -> lines.add("  skipped " + s.ref() + ": " + s.reason()));
        return lines;
    }
}
