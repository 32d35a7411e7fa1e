package dev.deskhand.kb.importing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A spreadsheet of questions and answers saved as CSV with a header row: {@code question,answer} and optionally
 * {@code tags,owner,lang,url} (and {@code id}). One FAQ per row; further questions on their own lines in the
 * question cell become aliases. The answer is taken as Markdown. Cells may hold quoted newlines and any script.
 */
final class CsvSource implements Source {

    private final Path file;
    private final String name;

    CsvSource(Path file) {
        this.file = file;
        this.name = "csv:" + file.getFileName();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Fetched fetch() throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<ImportedArticle> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                     .readValues(reader)) {
            int line = 1;
            while (rows.hasNext()) {
                line++;
                Map<String, String> row = lowerKeys(rows.next());
                String ref = file.getFileName() + " row " + (line - 1);
                List<String> questions = split(cell(row, "question").orElse(""), "\\R");
                String answer = cell(row, "answer").orElse("");
                if (questions.isEmpty() || answer.isBlank()) {
                    skipped.add(new Skipped(ref, questions.isEmpty() ? "no question" : "no answer"));
                    continue;
                }
                Optional<String> lang = cell(row, "lang");
                if (lang.isPresent() && Languages.of(lang.get()).isEmpty()) {
                    skipped.add(new Skipped(ref, Languages.unsupported(lang.get())));
                    continue;
                }
                String id = "csv-" + cell(row, "id").orElseGet(() -> slug(questions.get(0)));
                articles.add(new ImportedArticle(id, questions.get(0), split(cell(row, "tags").orElse(""), "[,;]"),
                        questions.subList(1, questions.size()), lang.flatMap(Languages::of).orElse(null),
                        cell(row, "owner").orElse(""), cell(row, "url"), Optional.empty(), name, answer));
            }
        }
        return new Fetched(articles, skipped);
    }

    private static Map<String, String> lowerKeys(Map<String, String> row) {
        Map<String, String> lower = new java.util.HashMap<>();
        row.forEach((k, v) -> lower.put(k.trim().toLowerCase(Locale.ROOT), v));
        return lower;
    }

    private static Optional<String> cell(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The id from the question's Latin letters and digits, so it reads well in a file name and stays the same while
     * the question does; a question without any (Korean) is named by a short hash of its text.
     */
    static String slug(String question) {
        String slug = question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        if (slug.length() >= 3) {
            return slug;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(question.strip().getBytes(StandardCharsets.UTF_8));
            return "q" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
