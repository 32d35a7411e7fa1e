package dev.deskhand.slack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle exists in every language, with the same keys, and every pattern takes the same arguments in each. */
class BundlesTest {

    private static final Path DIR = Path.of("src/main/resources/messages");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    @Test
    void everyBundleHasTheSameKeysAndArgumentsInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> bundles = bundleNames();
        assertFalse(bundles.isEmpty());
        for (String bundle : bundles) {
            Properties en = load(bundle, Language.EN);
            for (Language language : Language.values()) {
                Properties other = load(bundle, language);
                if (!en.keySet().equals(other.keySet())) {
                    TreeSet<String> missing = new TreeSet<>();
                    en.stringPropertyNames().stream().filter(k -> !other.containsKey(k)).forEach(missing::add);
                    other.stringPropertyNames().stream().filter(k -> !en.containsKey(k)).map(k -> "extra " + k)
                            .forEach(missing::add);
                    problems.add(bundle + "_" + language.code() + ": " + missing);
                }
                for (String key : other.stringPropertyNames()) {
                    if (!key.startsWith(bundle + ".")) {
                        problems.add(bundle + "_" + language.code() + ": " + key + " must start with " + bundle + ".");
                    }
                    String pattern = other.getProperty(key);
                    try {
                        new MessageFormat(pattern, language.locale());
                    } catch (IllegalArgumentException e) {
                        problems.add(bundle + "_" + language.code() + ": " + key + " does not parse: " + e.getMessage());
                        continue;
                    }
                    if (en.containsKey(key) && !arguments(en.getProperty(key)).equals(arguments(pattern))) {
                        problems.add(key + ": arguments " + arguments(en.getProperty(key)) + " in en but "
                                + arguments(pattern) + " in " + language.code());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void koreanBundlesAreWrittenInKorean() throws IOException {
        List<String> english = new ArrayList<>();
        for (String bundle : bundleNames()) {
            Properties ko = load(bundle, Language.KO);
            Properties en = load(bundle, Language.EN);
            for (String key : ko.stringPropertyNames()) {
                String text = ko.getProperty(key);
                // A value that is only a placeholder, an emoji or a code word may stay the same in both.
                if (!HANGUL.matcher(text).find() && text.equals(en.getProperty(key))
                        && text.replaceAll("\\{[^}]*}|:[a-z_+-]+:|`[^`]*`|[\\p{Punct}\\s·…→]", "").length() > 3) {
                    english.add(key + "=" + text);
                }
            }
        }
        assertEquals(List.of(), english, "copied English left in a Korean bundle");
    }

    @Test
    void bundleFilesAreUtf8WithoutUnicodeEscapes() throws IOException {
        for (String bundle : bundleNames()) {
            for (Language language : Language.values()) {
                String text = Files.readString(DIR.resolve(bundle + "_" + language.code() + ".properties"),
                        StandardCharsets.UTF_8);
                assertFalse(text.contains("\\u"), bundle + "_" + language.code() + " uses \\u escapes");
            }
        }
        assertTrue(Files.readString(DIR.resolve("time_ko.properties"), StandardCharsets.UTF_8).contains("수정"));
    }

    static List<String> bundleNames() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_en.properties"))
                    .map(n -> n.substring(0, n.length() - "_en.properties".length())).sorted().toList();
        }
    }

    static Properties load(String bundle, Language language) throws IOException {
        Properties properties = new Properties();
        Path file = DIR.resolve(bundle + "_" + language.code() + ".properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** Every argument name, nested ones inside plural and select branches included. */
    private static TreeSet<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }
}
