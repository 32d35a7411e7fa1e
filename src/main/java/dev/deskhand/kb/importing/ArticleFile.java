package dev.deskhand.kb.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of an imported article's file: YAML front matter (written by Jackson so quoting is always right, in a
 * fixed key order so the same article always gives the same bytes) and the Markdown body.
 */
final class ArticleFile {

    private static final Pattern HEADER = Pattern.compile("\\A---\\r?\\n(.*?)\\r?\\n---\\r?\\n", Pattern.DOTALL);

    private final ObjectMapper yaml = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    String render(ImportedArticle article) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("id", article.id());
        header.put("title", article.title());
        header.put("type", "faq");
        if (!article.tags().isEmpty()) {
            header.put("tags", article.tags());
        }
        if (!article.aliases().isEmpty()) {
            header.put("aliases", article.aliases());
        }
        if (article.lang() != null) {
            header.put("lang", article.lang());
        }
        if (!article.owner().isBlank()) {
            header.put("owner", article.owner());
        }
        article.updated().ifPresent(date -> header.put("updated", date.toString()));
        article.url().ifPresent(url -> header.put("url", url));
        header.put("source", article.source());
        try {
            String body = article.body().strip();
            return "---\n" + yaml.writeValueAsString(header) + "---\n" + (body.isEmpty() ? "" : body + "\n");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code source:} of a file's front matter, if it has one that reads. */
    Optional<String> sourceOf(String content) {
        var m = HEADER.matcher(content);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            Object source = yaml.readValue(m.group(1), Map.class).get("source");
            return source == null ? Optional.empty() : Optional.of(source.toString());
        } catch (JsonProcessingException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
