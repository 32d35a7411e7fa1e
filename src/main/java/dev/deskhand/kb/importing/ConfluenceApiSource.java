package dev.deskhand.kb.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A Confluence Cloud space through the REST API v2: {@code /wiki/api/v2/spaces/{id}/pages?body-format=storage},
 * following {@code _links.next}. Page bodies come in the storage format (XHTML with {@code ac:} macros), read with
 * jsoup's XML parser: code macros become code blocks, other macros keep their text. The titles of a page's
 * ancestors become its tags, {@code _links.base} + {@code webui} its url, the last version's date its update.
 */
final class ConfluenceApiSource implements Source {

    private static final int MOST_PAGES = 10_000;

    private final String name;
    private final URI base;
    private final String spaceId;
    private final Optional<String> authorization;
    private final JsonHttp http;
    private final HtmlToMarkdown html = new HtmlToMarkdown();

    ConfluenceApiSource(String name, URI base, String spaceId, Optional<String> token, JsonHttp http) {
        this.name = name;
        this.base = base;
        this.spaceId = spaceId;
        this.authorization = token.map(JsonHttp::authorization);
        this.http = http;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Fetched fetch() throws IOException {
        Map<String, JsonNode> pages = new LinkedHashMap<>();
        Set<URI> seen = new HashSet<>();
        URI next = base.resolve("/wiki/api/v2/spaces/" + spaceId + "/pages?body-format=storage&limit=250");
        String site = null;
        while (next != null && seen.add(next) && seen.size() <= MOST_PAGES) {
            JsonNode page = http.get(next, authorization);
            page.path("results").forEach(result -> pages.put(result.path("id").asText(), result));
            site = Optional.ofNullable(site).orElse(JsonFields.text(page.path("_links"), "base").orElse(null));
            // "next" is relative to the site, so it can only ever point back at the host the user named.
            next = JsonFields.text(page.path("_links"), "next").map(base::resolve).orElse(null);
        }
        List<ImportedArticle> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (JsonNode page : pages.values()) {
            String title = JsonFields.text(page, "title").orElse("");
            String ref = "confluence page " + page.path("id").asText() + " \"" + title + "\"";
            String status = JsonFields.text(page, "status").orElse("current");
            if (!status.equals("current")) {
                skipped.add(new Skipped(ref, status));
                continue;
            }
            String body = html.convert(storageToHtml(page.path("body").path("storage").path("value").asText("")));
            if (title.isBlank() || body.isBlank()) {
                skipped.add(new Skipped(ref, title.isBlank() ? "no title" : "empty page"));
                continue;
            }
            String siteUrl = site != null ? site : base.resolve("/wiki").toString();
            articles.add(new ImportedArticle("confluence-" + page.path("id").asText(), title.strip(),
                    ancestors(page, pages), List.of(), null, "",
                    JsonFields.text(page.path("_links"), "webui").map(webui -> siteUrl + webui),
                    JsonFields.text(page.path("version"), "createdAt").flatMap(JsonFields::date), name, body));
        }
        return new Fetched(articles, skipped);
    }

    private static List<String> ancestors(JsonNode page, Map<String, JsonNode> pages) {
        List<String> titles = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (JsonNode parent = pages.get(page.path("parentId").asText()); parent != null
                && visited.add(parent.path("id").asText()); parent = pages.get(parent.path("parentId").asText())) {
            JsonFields.text(parent, "title").ifPresent(t -> titles.add(0, t.strip()));
        }
        return titles;
    }

    /** Storage-format XHTML as plain HTML the converter understands. */
    static String storageToHtml(String storage) {
        Document doc = Jsoup.parse(storage, "", Parser.xmlParser());
        for (Element macro : doc.select("ac|structured-macro[ac:name=code], ac|structured-macro[ac:name=noformat]")) {
            Element code = new Element("pre").appendChild(new Element("code")
                    .text(Optional.ofNullable(macro.selectFirst("ac|plain-text-body")).map(Element::wholeText).orElse("")));
            macro.replaceWith(code);
        }
        doc.select("ac|parameter, ac|image, ri|attachment").remove();
        for (Element link : doc.select("ac|link")) {
            String text = Optional.ofNullable(link.selectFirst("ac|plain-text-link-body")).map(Element::text)
                    .or(() -> Optional.ofNullable(link.selectFirst("ri|page")).map(p -> p.attr("ri:content-title")))
                    .orElse("");
            link.replaceWith(new org.jsoup.nodes.TextNode(text));
        }
        return doc.html();
    }

}
