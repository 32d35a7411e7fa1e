package dev.deskhand.kb.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notion's "Markdown &amp; CSV" export (the zip, or its unpacked folder): every page is {@code Title <32 hex>.md}
 * starting with {@code # Title}, and sub-pages sit in a folder named like their parent page. The hex is the page's
 * id, so it names the article; the parent pages become tags. Database tables ({@code .csv}) are not articles.
 */
final class NotionExportSource implements Source {

    private static final Pattern PAGE = Pattern.compile("^(.*?) ?([0-9a-f]{32})\\.md$");
    private static final Pattern FOLDER = Pattern.compile("^(.*?) ?[0-9a-f]{32}$");

    private final Path export;
    private final String name;

    NotionExportSource(Path export, String name) {
        this.export = export;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Fetched fetch() throws IOException {
        List<ImportedArticle> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Map.Entry<String, String> file : ExportFiles.read(export, ".md").entrySet()) {
            String fileName = ExportFiles.fileName(file.getKey());
            Matcher page = PAGE.matcher(fileName);
            if (!page.matches()) {
                skipped.add(new Skipped(file.getKey(), "not named like a Notion page (title and id)"));
                continue;
            }
            String text = file.getValue().replace("\r\n", "\n").strip();
            String title = page.group(1).strip();
            if (text.startsWith("# ")) {
                int end = text.indexOf('\n');
                title = (end < 0 ? text.substring(2) : text.substring(2, end)).strip();
                text = end < 0 ? "" : text.substring(end + 1).strip();
            }
            if (text.isEmpty()) {
                skipped.add(new Skipped(fileName, "empty page"));
                continue;
            }
            List<String> parents = new ArrayList<>();
            String[] folders = file.getKey().split("/");
            for (int i = 0; i < folders.length - 1; i++) {
                Matcher folder = FOLDER.matcher(folders[i]);
                if (folder.matches() && !folder.group(1).isBlank()) {
                    parents.add(folder.group(1).strip());
                }
            }
            articles.add(new ImportedArticle("notion-" + page.group(2), title, parents, List.of(), null, "",
                    java.util.Optional.empty(), java.util.Optional.empty(), name, text));
        }
        return new Fetched(articles, skipped);
    }
}
