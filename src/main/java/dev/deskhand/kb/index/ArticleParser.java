package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the text of one Markdown file into an {@link Article}. Files without front matter are accepted (id from
 * the file name, title from the first heading) so a plain folder of notes can be searched; a header that is present
 * but wrong is an error that names the problem.
 */
final class ArticleParser {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern FENCE = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n");
    private static final Pattern CLOSING = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*$\\r?\\n?");

    private final ObjectMapper yaml = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    ParsedFile parse(Path path, String content) {
        var opening = FENCE.matcher(content);
        if (!opening.find()) {
            return withoutFrontMatter(path, content.startsWith("\uFEFF") ? content.substring(1) : content);
        }
        var closing = CLOSING.matcher(content);
        if (!closing.find(opening.end())) {
            return ParsedFile.failed(path, "front matter is not closed by a '---' line");
        }
        String header = content.substring(opening.end(), closing.start());
        String body = content.substring(closing.end());
        FrontMatter fm;
        try {
            fm = header.isBlank() ? null : yaml.readValue(header, FrontMatter.class);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    && m.getPath().get(0).getFieldName() != null ? "field '" + m.getPath().get(0).getFieldName() + "': " : "";
            return ParsedFile.failed(path, "invalid front matter: " + field + firstLine(e.getOriginalMessage()));
        }
        if (fm == null || fm.id() == null || fm.id().isBlank()) {
            return ParsedFile.failed(path, "front matter has no id");
        }
        if (!ID.matcher(fm.id()).matches()) {
            return ParsedFile.failed(path, "id '" + fm.id() + "' may only use letters, digits, '-' and '_'");
        }
        Optional<ArticleType> type = type(fm.type());
        if (type.isEmpty()) {
            return ParsedFile.failed(path, "type '" + fm.type() + "' is not faq or playbook");
        }
        if (fm.lang() != null && !List.of("en", "ko").contains(fm.lang().trim().toLowerCase(Locale.ROOT))) {
            return ParsedFile.failed(path, "lang '" + fm.lang() + "' is not en or ko");
        }
        Optional<String> title = nonBlank(fm.title()).or(() -> Markdown.firstHeading(body));
        String lang = fm.lang() != null ? fm.lang().trim().toLowerCase(Locale.ROOT)
                : LanguageDetector.detect(title.orElse("") + "\n" + body);
        Article article = new Article(fm.id(), title.orElse(fm.id()), type.get(), clean(fm.tags()),
                clean(fm.aliases()), lang, Objects.requireNonNullElse(fm.owner(), "").trim(), fm.updated(),
                fm.reviewBy(), nonBlank(fm.url()), path, body);
        return ParsedFile.loaded(path, article, title.isEmpty());
    }

    private ParsedFile withoutFrontMatter(Path path, String body) {
        String name = path.getFileName().toString();
        String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if (!ID.matcher(id).matches()) {
            return ParsedFile.failed(path, "no front matter, and the file name is not a usable id");
        }
        Optional<String> title = Markdown.firstHeading(body);
        Article article = new Article(id, title.orElse(id), ArticleType.FAQ, List.of(), List.of(),
                LanguageDetector.detect(body), "", null, null, Optional.empty(), path, body);
        return ParsedFile.loaded(path, article, title.isEmpty());
    }

    private static Optional<ArticleType> type(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(ArticleType.FAQ);
        }
        for (ArticleType t : ArticleType.values()) {
            if (t.key().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable YAML" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
