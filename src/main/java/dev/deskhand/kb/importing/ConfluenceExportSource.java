package dev.deskhand.kb.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Confluence space's HTML export (the zip Confluence makes, or its unpacked folder): one {@code .html} file per
 * page named {@code Title_<pageId>.html} (or {@code <pageId>.html}), with the page title in {@code #title-text},
 * the ancestors in {@code #breadcrumbs}, the content in {@code #main-content} and the author and last change in
 * {@code .page-metadata}. The ancestors below the space become tags; {@code index.html} (the page tree) is skipped.
 */
final class ConfluenceExportSource implements Source {

    private static final Pattern PAGE_ID = Pattern.compile("(?:^|_)(\\d+)\\.html$");
    private static final Pattern MODIFIED = Pattern.compile("on ([A-Z][a-z]{2} \\d{1,2}, \\d{4})");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private final Path export;
    private final String name;
    private final Optional<String> siteUrl;
    private final HtmlToMarkdown html = new HtmlToMarkdown();

    /** @param siteUrl the wiki's address ({@code https://acme.atlassian.net/wiki}) so each page gets its url */
    ConfluenceExportSource(Path export, String name, Optional<String> siteUrl) {
        this.export = export;
        this.name = name;
        this.siteUrl = siteUrl.map(url -> url.replaceAll("/+$", ""));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Fetched fetch() throws IOException {
        List<ImportedArticle> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Map.Entry<String, String> file : ExportFiles.read(export, ".html").entrySet()) {
            String fileName = ExportFiles.fileName(file.getKey());
            Matcher id = PAGE_ID.matcher(fileName);
            if (!id.find()) {
                continue;
            }
            Document page = Jsoup.parse(file.getValue());
            Element content = page.getElementById("main-content");
            String title = Optional.ofNullable(page.getElementById("title-text")).map(Element::text).orElse("");
            // The export writes "Space name : Page title"; the space is not part of the page's title.
            int colon = title.indexOf(" : ");
            title = (colon >= 0 ? title.substring(colon + 3) : title).strip();
            String body = content == null ? "" : html.convert(content.html());
            if (title.isEmpty() || body.isBlank()) {
                skipped.add(new Skipped(fileName, title.isEmpty() ? "no title" : "empty page"));
                continue;
            }
            List<String> ancestors = page.select("#breadcrumbs li").stream().skip(1).map(Element::text)
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            Element metadata = page.selectFirst(".page-metadata");
            String owner = metadata == null ? "" : Optional.ofNullable(metadata.selectFirst(".author"))
                    .map(Element::text).orElse("").strip();
            Optional<LocalDate> updated = metadata == null ? Optional.empty() : modified(metadata.text());
            articles.add(new ImportedArticle("confluence-" + id.group(1), title, ancestors, List.of(), null, owner,
                    siteUrl.map(site -> site + "/pages/viewpage.action?pageId=" + id.group(1)), updated, name, body));
        }
        return new Fetched(articles, skipped);
    }

    private static Optional<LocalDate> modified(String metadata) {
        Matcher m = MODIFIED.matcher(metadata);
        Optional<LocalDate> last = Optional.empty();
        while (m.find()) {
            try {
                last = Optional.of(LocalDate.parse(m.group(1), DATE));
            } catch (DateTimeParseException e) {
                // not a date after all; keep looking
            }
        }
        return last;
    }
}
