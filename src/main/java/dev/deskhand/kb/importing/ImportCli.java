package dev.deskhand.kb.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code deskhand import zendesk|confluence|notion|csv … [--into DIR] [--deleted remove|archive|keep]}: reads the
 * arguments, builds the {@link Source}, runs the {@link Importer} and prints its summary. Credentials are named by
 * an environment variable ({@code --token-env}) and looked up through {@code env}, never passed on the command line.
 */
public final class ImportCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage:
              import zendesk --subdomain acme [--token-env ZENDESK_TOKEN] [--locale en-us,ko] [--base-url URL]
              import zendesk --file articles.json [--subdomain acme]
              import confluence SPACE-EXPORT.zip|DIR [--space KEY] [--site-url https://acme.atlassian.net/wiki]
              import confluence --base-url https://acme.atlassian.net --space-id 98305 [--space KEY] [--token-env NAME]
              import notion EXPORT.zip|DIR [--workspace NAME]
              import csv FILE
            Options for all: --into DIR (default: the knowledge folder's <source> folder), --deleted remove|archive|keep
            """;

    private final Function<String, Optional<String>> env;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Path knowledge;

    /**
     * @param env       looks up an environment variable by name (only the names given with {@code --token-env})
     * @param knowledge the knowledge folder; by default a source writes into a folder of its name inside it
     */
    public ImportCli(Function<String, Optional<String>> env, HttpClient http, Sleeper sleeper, Clock clock,
                     Path knowledge) {
        this.env = env;
        this.http = http;
        this.sleeper = sleeper;
        this.clock = clock;
        this.knowledge = knowledge;
    }

    /** With the JDK's HTTP client (connect timeout 10 s) and real waits. */
    public static ImportCli standard(Function<String, Optional<String>> env, Clock clock, Path knowledge) {
        return new ImportCli(env, JsonHttp.defaultClient(), Sleeper.REAL, clock, knowledge);
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        Prepared prepared;
        try {
            prepared = prepare(args);
        } catch (IllegalArgumentException e) {
            err.println("import " + args.get(0) + ": " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        try {
            ImportSummary summary = prepared.importer().run(prepared.source());
            summary.lines().forEach(out::println);
            out.println("into " + prepared.into());
            return OK;
        } catch (IOException | UncheckedIOException e) {
            err.println("import " + args.get(0) + " failed, nothing was changed in " + prepared.into() + ": "
                    + e.getMessage());
            return FAILED;
        }
    }

    /**
     * One import with the command line's arguments, for the server's scheduled sync.
     *
     * @throws IllegalArgumentException when the arguments are wrong (the settings name them)
     * @throws IOException when the source cannot be read in full; then nothing was written
     */
    public ImportSummary importOnce(List<String> args) throws IOException {
        Prepared prepared = prepare(args);
        return prepared.importer().run(prepared.source());
    }

    private record Prepared(Source source, Importer importer, Path into) {
    }

    private Prepared prepare(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("name a source: zendesk, confluence, notion or csv");
        }
        String kind = args.get(0);
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && i + 1 < args.size()) {
                options.put(arg.substring(2), args.get(++i));
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException(arg + " needs a value");
            } else {
                positional.add(arg);
            }
        }
        DeletedPolicy deleted = DeletedPolicy.parse(options.getOrDefault("deleted", "remove"))
                .orElseThrow(() -> new IllegalArgumentException("--deleted is remove, archive or keep"));
        Source source = source(kind, options, positional);
        Path into = Optional.ofNullable(options.get("into")).map(Path::of).orElse(knowledge.resolve(kind));
        return new Prepared(source, new Importer(into, deleted), into);
    }

    private Source source(String kind, Map<String, String> options, List<String> positional) {
        return switch (kind) {
            case "zendesk" -> zendesk(options);
            case "csv" -> new CsvSource(existing(positional, "a CSV file"));
            case "confluence" -> {
                if (options.containsKey("space-id")) {
                    URI base = Optional.ofNullable(options.get("base-url")).map(URI::create).orElseThrow(
                            () -> new IllegalArgumentException("the API needs --base-url https://acme.atlassian.net"));
                    yield new ConfluenceApiSource("confluence:" + options.getOrDefault("space", options.get("space-id")),
                            base, options.get("space-id"), token(options),
                            new JsonHttp(http, Duration.ofSeconds(30), sleeper, clock));
                }
                Path export = existing(positional, "the space export (zip or folder)");
                String space = Optional.ofNullable(options.get("space")).orElseGet(() -> stem(export));
                yield new ConfluenceExportSource(export, "confluence:" + space,
                        Optional.ofNullable(options.get("site-url")));
            }
            case "notion" -> new NotionExportSource(existing(positional, "the export zip (or its folder)"),
                    "notion:" + options.getOrDefault("workspace", "export"));
            default -> throw new IllegalArgumentException("unknown source '" + kind + "'");
        };
    }

    private Source zendesk(Map<String, String> options) {
        Optional<String> subdomain = Optional.ofNullable(options.get("subdomain"));
        if (options.containsKey("file")) {
            Path file = existing(List.of(options.get("file")), "--file");
            return ZendeskSource.file("zendesk:" + subdomain.orElse("export"), file);
        }
        URI base = Optional.ofNullable(options.get("base-url")).map(URI::create)
                .or(() -> subdomain.map(s -> URI.create("https://" + s + ".zendesk.com")))
                .orElseThrow(() -> new IllegalArgumentException("give --subdomain (or --base-url, or --file)"));
        Optional<String> token = token(options);
        List<String> locales = Arrays.stream(options.getOrDefault("locale", "en-us").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        String name = "zendesk:" + subdomain.orElse(base.getHost());
        return ZendeskSource.api(name, base, locales, token,
                new JsonHttp(http, Duration.ofSeconds(30), sleeper, clock));
    }

    /** The credential named by {@code --token-env}, read from the environment; never from the command line. */
    private Optional<String> token(Map<String, String> options) {
        if (!options.containsKey("token-env")) {
            return Optional.empty();
        }
        String variable = options.get("token-env");
        return Optional.of(env.apply(variable).filter(v -> !v.isBlank()).orElseThrow(
                () -> new IllegalArgumentException("the environment variable " + variable + " is not set")));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Path existing(List<String> positional, String what) {
        if (positional.size() != 1) {
            throw new IllegalArgumentException("give " + what);
        }
        Path path = Path.of(positional.get(0));
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + " does not exist");
        }
        return path;
    }
}
