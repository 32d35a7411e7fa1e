package dev.deskhand.slack.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.TimeZone;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-facing sentence, from the UTF-8 bundles {@code messages/<bundle>_<lang>.properties}. A key's first
 * segment names its bundle ({@code kb.more} lives in {@code messages/kb_en.properties} and {@code kb_ko.properties}),
 * so a new bundle file needs no registration. Patterns are ICU MessageFormat with named arguments.
 */
public final class Messages {

    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();
    /**
     * Parsed patterns, per thread: an ICU {@code MessageFormat} is not thread-safe, and parsing one (with its plural
     * and number formats) was most of what a {@code /kb} answer's dozen sentences cost. Bounded by the keys in use
     * times the two languages, per request thread.
     */
    private final ThreadLocal<Map<String, Parsed>> parsed = ThreadLocal.withInitial(HashMap::new);

    /** A parsed pattern and the zone its date arguments were last set to. */
    private static final class Parsed {
        final MessageFormat format;
        final boolean hasDates;
        ZoneId zone;

        Parsed(MessageFormat format) {
            this.format = format;
            boolean dates = false;
            for (String name : format.getArgumentNames()) {
                dates |= format.getFormatByArgumentName(name) instanceof DateFormat;
            }
            this.hasDates = dates;
        }
    }

    /** The text of every bundle in {@code language}, with dates in UTC. */
    public Texts in(Language language) {
        return new Texts(this, Reader.of(language));
    }

    /** The text of every bundle in the reader's language, with dates in their time zone. */
    public Texts in(Reader reader) {
        return new Texts(this, reader);
    }

    /** The raw pattern for {@code key}; missing keys fail loudly (a test checks both languages have every key). */
    String pattern(String key, Language language) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("message key without a bundle prefix: " + key);
        }
        String bundle = key.substring(0, dot);
        String pattern = load(bundle, language).getProperty(key);
        if (pattern == null) {
            throw new MissingResourceException("no message " + key + " in messages/" + bundle + "_" + language.code(),
                    "messages/" + bundle, key);
        }
        return pattern;
    }

    /**
     * {@code key}'s pattern in {@code language} formatted with {@code args}, dates in {@code zone}. A pattern without
     * arguments or quotes is its own text (ICU would return it unchanged), so it is not parsed at all.
     */
    String format(String key, Language language, ZoneId zone, Map<String, Object> args) {
        String pattern = pattern(key, language);
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        Parsed entry = parsed.get().computeIfAbsent(language.code() + '\u0000' + key,
                k -> new Parsed(new MessageFormat(pattern, language.locale())));
        if (entry.hasDates && !zone.equals(entry.zone)) {
            TimeZone icuZone = TimeZone.getTimeZone(zone.getId());
            for (String name : entry.format.getArgumentNames()) {
                if (entry.format.getFormatByArgumentName(name) instanceof DateFormat date) {
                    date.setTimeZone(icuZone);
                }
            }
            entry.zone = zone;
        }
        return entry.format.format(args);
    }

    /** True when the bundle defines {@code key} in {@code language}. */
    boolean has(String key, Language language) {
        int dot = key.indexOf('.');
        return dot > 0 && load(key.substring(0, dot), language).containsKey(key);
    }

    private Properties load(String bundle, Language language) {
        return bundles.computeIfAbsent(bundle + "_" + language.code(), Messages::read);
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        String resource = "messages/" + name + ".properties";
        try (InputStream in = Optional.ofNullable(Messages.class.getClassLoader().getResourceAsStream(resource))
                .orElseThrow(() -> new MissingResourceException("no bundle " + resource, resource, ""))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }
}
