package dev.deskhand.playground;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.slack.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The page's own words: the {@code playground} message bundle in every language Deskhand speaks, as the page fetches
 * it once ({@code GET api/texts}) and formats itself, so switching language on the page needs no round trip.
 * Shape: {@code {"en": {"playground.actingAs": "Acting as", …}, "ko": {…}}} (ICU patterns, unformatted).
 */
final class PageTexts {

    static final String BUNDLE = "playground";

    private final ObjectNode json;

    private PageTexts(ObjectNode json) {
        this.json = json;
    }

    /** Reads the bundle from the classpath; a missing language file fails at start, not on the page. */
    static PageTexts load() {
        ObjectNode all = Params.JSON.createObjectNode();
        for (Language language : Language.values()) {
            Properties properties = read("messages/" + BUNDLE + "_" + language.code() + ".properties");
            ObjectNode texts = all.putObject(language.code());
            new TreeSet<>(properties.stringPropertyNames()).forEach(key -> texts.put(key, properties.getProperty(key)));
        }
        return new PageTexts(all);
    }

    ObjectNode json() {
        return json;
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = PageTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }
}
