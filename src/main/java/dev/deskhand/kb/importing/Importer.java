package dev.deskhand.kb.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one import: the whole source is read first (a failure there writes nothing), then each article is written
 * if it changed, then files of this source whose article is gone are handled as the {@link DeletedPolicy} says.
 */
public final class Importer {

    private final Path folder;
    private final DeletedPolicy deleted;

    public Importer(Path folder, DeletedPolicy deleted) {
        this.folder = folder;
        this.deleted = deleted;
    }

    public ImportSummary run(Source source) throws IOException {
        Fetched fetched = source.fetch();
        ArticleFolder target = new ArticleFolder(folder);
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>(fetched.skipped());
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (ImportedArticle article : fetched.articles()) {
            if (!seen.add(article.id())) {
                skipped.add(new Skipped(article.id(), "the source has this id twice; the first one was kept"));
                continue;
            }
            switch (target.write(article)) {
                case NEW -> added.add(article.id());
                case UPDATED -> updated.add(article.id());
                case UNCHANGED -> unchanged++;
                case TAKEN_OVER -> skipped.add(new Skipped(article.id(),
                        "the file has no 'source: " + source.name() + "' any more (taken over in git); left as it is"));
            }
        }
        List<String> gone = new ArrayList<>();
        // An empty answer is far more often a wrong locale or a lost permission than a help centre emptied out.
        Map<String, Path> own = fetched.articles().isEmpty() ? Map.of() : target.filesOf(source.name());
        for (Map.Entry<String, Path> file : own.entrySet()) {
            if (!seen.contains(file.getKey())) {
                gone.add(file.getKey());
                target.retire(file.getValue(), deleted);
            }
        }
        return new ImportSummary(source.name(), added, updated, unchanged, gone, deleted, skipped);
    }
}
