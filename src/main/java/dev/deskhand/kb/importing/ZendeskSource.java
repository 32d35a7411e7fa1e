package dev.deskhand.kb.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Articles of a Zendesk help centre (Guide), through the Help Center API's article list for each locale with the
 * sections, categories and authors sideloaded, following {@code next_page} (offset paging) or {@code links.next}
 * (cursor paging) — or the same JSON saved to a file. Category and section names and the article's labels become
 * tags, {@code html_url} the url, {@code author_id} the owner, {@code locale} the language; drafts are skipped.
 */
final class ZendeskSource implements Source {

    private static final int MOST_PAGES = 10_000;

    private final String name;
    private final Pages pages;
    private final List<String> locales;
    private final HtmlToMarkdown html = new HtmlToMarkdown();

    private interface Pages {
        List<JsonNode> read(String locale) throws IOException;
    }

    private ZendeskSource(String name, List<String> locales, Pages pages) {
        this.name = name;
        this.locales = List.copyOf(locales);
        this.pages = pages;
    }

    /**
     * The live API at {@code base} ({@code https://acme.zendesk.com}).
     *
     * @param token an API token as {@code email/token:TOKEN}, or an OAuth access token; never logged
     */
    static ZendeskSource api(String name, URI base, List<String> locales, Optional<String> token, JsonHttp http) {
        Optional<String> authorization = token.map(JsonHttp::authorization);
        return new ZendeskSource(name, locales, locale -> {
            URI first = base.resolve("/api/v2/help_center/" + locale
                    + "/articles.json?include=sections,categories,users&per_page=100");
            List<JsonNode> read = new ArrayList<>();
            Set<URI> seen = new HashSet<>();
            for (URI next = first; next != null && read.size() < MOST_PAGES && seen.add(next); ) {
                JsonNode page = http.get(next, authorization);
                read.add(page);
                next = nextPage(page).map(URI::create).orElse(null);
                if (next != null && !sameServer(base, next)) {
                    // The token must never travel to a host the user did not name.
                    throw new IOException("next page is on another server (" + next.getHost() + ")");
                }
            }
            return read;
        });
    }

    /** An offline export: one article-list response, or a JSON array of them. */
    static ZendeskSource file(String name, Path file) {
        return new ZendeskSource(name, List.of(""), locale -> {
            JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
            List<JsonNode> read = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(read::add);
            } else {
                read.add(root);
            }
            return read;
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Fetched fetch() throws IOException {
        List<ImportedArticle> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String locale : locales) {
            List<JsonNode> read = pages.read(locale);
            Map<Long, JsonNode> sections = byId(read, "sections");
            Map<Long, JsonNode> categories = byId(read, "categories");
            Map<Long, JsonNode> users = byId(read, "users");
            for (JsonNode page : read) {
                for (JsonNode article : page.path("articles")) {
                    convert(article, sections, categories, users, taken, articles, skipped);
                }
            }
        }
        return new Fetched(articles, skipped);
    }

    private void convert(JsonNode a, Map<Long, JsonNode> sections, Map<Long, JsonNode> categories,
                         Map<Long, JsonNode> users, Set<String> taken, List<ImportedArticle> out, List<Skipped> skipped) {
        String title = JsonFields.text(a, "title").or(() -> JsonFields.text(a, "name")).orElse("");
        String ref = "zendesk " + a.path("id").asText() + " \"" + title + "\"";
        if (a.path("draft").asBoolean(false)) {
            skipped.add(new Skipped(ref, "draft"));
            return;
        }
        String locale = JsonFields.text(a, "locale").orElse("");
        Optional<String> lang = Languages.of(locale);
        if (lang.isEmpty()) {
            skipped.add(new Skipped(ref, Languages.unsupported(locale)));
            return;
        }
        String body = html.convert(a.path("body").asText(""));
        if (title.isBlank() || body.isBlank()) {
            skipped.add(new Skipped(ref, title.isBlank() ? "no title" : "empty body"));
            return;
        }
        Set<String> tags = new LinkedHashSet<>();
        Optional.ofNullable(sections.get(a.path("section_id").asLong())).ifPresent(section -> {
            Optional.ofNullable(categories.get(section.path("category_id").asLong()))
                    .flatMap(category -> JsonFields.text(category, "name")).ifPresent(tags::add);
            JsonFields.text(section, "name").ifPresent(tags::add);
        });
        a.path("label_names").forEach(label -> tags.add(label.asText()));
        tags.removeIf(String::isBlank);
        String owner = a.hasNonNull("author_id")
                ? Optional.ofNullable(users.get(a.path("author_id").asLong())).flatMap(u -> JsonFields.text(u, "name"))
                        .orElse("zendesk user " + a.path("author_id").asText())
                : "";
        // One article can be listed in several locales; the first locale asked for keeps the plain id.
        String id = "zendesk-" + a.path("id").asText();
        if (!taken.add(id)) {
            id = id + "-" + lang.get();
        }
        out.add(new ImportedArticle(id, title.strip(), List.copyOf(tags), List.of(), lang.get(), owner,
                JsonFields.text(a, "html_url"), JsonFields.text(a, "updated_at").flatMap(JsonFields::date), name, body));
    }

    private static Optional<String> nextPage(JsonNode page) {
        Optional<String> offset = JsonFields.text(page, "next_page");
        if (offset.isPresent()) {
            return offset;
        }
        return page.path("meta").path("has_more").asBoolean(false) ? JsonFields.text(page.path("links"), "next")
                : Optional.empty();
    }

    private static boolean sameServer(URI base, URI next) {
        return base.getScheme().equalsIgnoreCase(next.getScheme()) && base.getHost().equalsIgnoreCase(next.getHost())
                && base.getPort() == next.getPort();
    }

    private static Map<Long, JsonNode> byId(List<JsonNode> pages, String field) {
        Map<Long, JsonNode> found = new HashMap<>();
        pages.forEach(page -> page.path(field).forEach(item -> found.put(item.path("id").asLong(), item)));
        return found;
    }

}
