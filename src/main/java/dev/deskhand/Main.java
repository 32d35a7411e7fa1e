package dev.deskhand;

import dev.deskhand.config.AppConfig;
import dev.deskhand.config.ConfigException;
import dev.deskhand.config.Environment;
import dev.deskhand.config.SettingsException;
import dev.deskhand.slack.SlackConnection;
import dev.deskhand.store.DatabaseCorrupted;
import dev.deskhand.store.DatabaseUnreachable;
import dev.deskhand.kb.engine.IndexHome;
import dev.deskhand.kb.tools.KbCli;
import dev.deskhand.kb.importing.ImportCli;
import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.semantic.MiniLmEncoder;
import java.util.concurrent.Executors;
import dev.deskhand.playground.Playground;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import dev.deskhand.playground.Warmup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Entry point: picks the subcommand, loads the configuration and hands over to {@link Wiring}. */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        Environment env = Environment.fromProcess();
        if (args.length > 0 && args[0].equals("warmup") && env.value("LOG_LEVEL").isEmpty()) {
            // A build step: only problems are worth printing (logback reads this before the environment).
            System.setProperty("LOG_LEVEL", "WARN");
        }
        int code = run(Arrays.asList(args), env, System.out, System.err);
        // The warm-up ends the JVM itself, so the class-data archive is written now, not after idle pool threads.
        if (code != OK || (args.length > 0 && args[0].equals("warmup"))) {
            System.exit(code);
        }
    }

    static int run(List<String> args, Environment env, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "serve" : args.get(0);
        switch (command) {
            case "serve":
                ClassArchive.warnIfMissing();
                return AppConfig.slackCredentials(env) == AppConfig.SlackCredentials.NONE
                        ? playground(env, err) : serve(env, err);
            case "playground":
                ClassArchive.warnIfMissing();
                return playground(env, err);
            case "kb", "index", "eval":
                return args.size() > 1 && args.get(0).equals("kb") && args.get(1).equals("bar")
                        ? answerBar(args.subList(2, args.size()), env, out, err) : knowledge(args, env, out, err);
            case "digest":
                return digest(args.subList(1, args.size()), env, out, err);
            case "import":
                return ImportCli.standard(env::value, Clock.systemUTC(), AppConfig.knowledgeDir(env))
                        .run(args.subList(1, args.size()), out, err);
            case "warmup":
                return warmup(env, out, err);
            case "healthcheck":
                return HealthCheck.run(env, err);
            case "version", "--version", "-v":
                out.println("deskhand " + version());
                return OK;
            case "help", "--help", "-h":
                out.print(USAGE_TEXT);
                return OK;
            default:
                err.println("Unknown command \"" + command + "\".");
                err.print(USAGE_TEXT);
                return USAGE;
        }
    }

    /**
     * The command line's sentence encoder: batches spread over daemon threads that never hold the JVM open, and the
     * model read from the server's copy in the data folder (made there if missing), as the server reads it: a heap
     * copy of the model alone does not fit the container's 96 MB heap.
     */
    private static SentenceEncoder encoder(Environment env) {
        if (!AppConfig.meaningSearch(env) || !Wiring.meaningRuns()) {
            return SentenceEncoder.NONE;
        }
        return new MiniLmEncoder(Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "kb-encode");
            thread.setDaemon(true);
            return thread;
        }), AppConfig.dataDir(env).resolve("models"));
    }

    private static int serve(Environment env, PrintStream err) {
        AppConfig config;
        try {
            config = AppConfig.load(env);
        } catch (ConfigException e) {
            err.println("Deskhand cannot start; fix the configuration:");
            e.problems().forEach(problem -> err.println("  - " + problem));
            return USAGE;
        }
        org.slf4j.LoggerFactory.getLogger(Main.class).info("Starting Deskhand {} ({})", version(), config.summary());
        Wiring wiring;
        try {
            wiring = Wiring.start(config, Clock.systemUTC());
        } catch (SettingsException e) {
            err.println("Deskhand cannot start; fix the settings file: " + e.getMessage());
            return USAGE;
        } catch (SlackConnection.TokenRejected | DatabaseCorrupted e) {
            // Not a crash: restarting the container would fail the same way until someone acts on the message.
            err.println("Deskhand cannot start: " + e.getMessage());
            return USAGE;
        } catch (DatabaseUnreachable e) {
            // Restarting may help (the database may come up), so the usual failure code; the detail is in the line.
            err.println("Deskhand cannot start: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("Deskhand could not start: " + e.getMessage());
            org.slf4j.LoggerFactory.getLogger(Main.class).error("Start-up failed", e);
            return FAILED;
        }
        return runUntilStopped(wiring);
    }

    /** Blocks until SIGTERM / Ctrl-C, then closes {@code running} gracefully. */
    private static int runUntilStopped(AutoCloseable running) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Main.class).warn("Error while shutting down", e);
            } finally {
                stopped.countDown();
            }
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    // ---- The local playground: Deskhand without Slack, for a first look (see dev.deskhand.playground) ----

    static final String PLAYGROUND_REFUSAL = "The playground runs only without Slack credentials, so it can never "
            + "act on a real workspace. Unset SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and SLACK_APP_TOKEN (also in "
            + ".env) to try it, or run `serve` to connect to Slack.";

    private static int playground(Environment env, PrintStream err) {
        if (AppConfig.slackCredentials(env) != AppConfig.SlackCredentials.NONE) {
            err.println(PLAYGROUND_REFUSAL);
            return USAGE;
        }
        Playground playground;
        try {
            playground = Playground.start(env, Clock.systemUTC());
        } catch (ConfigException e) {
            err.println("Deskhand cannot start the playground; fix the configuration:");
            e.problems().forEach(problem -> err.println("  - " + problem));
            return USAGE;
        } catch (SettingsException e) {
            err.println("Deskhand cannot start the playground; fix the settings file: " + e.getMessage());
            return USAGE;
        } catch (DatabaseCorrupted e) {
            err.println("Deskhand cannot start the playground: " + e.getMessage());
            return USAGE;
        } catch (DatabaseUnreachable e) {
            err.println("Deskhand cannot start the playground: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("Deskhand could not start the playground: " + e.getMessage()
                    + " (is another program using the port? Set PORT to choose another.)");
            org.slf4j.LoggerFactory.getLogger(Main.class).error("Playground start-up failed", e);
            return FAILED;
        }
        return runUntilStopped(playground);
    }

    /**
     * The class-data archive's training run (Dockerfile): the server answers {@code /kb} once in each language,
     * then the command line answers one question from the index the server left behind.
     */
    private static int warmup(Environment env, PrintStream out, PrintStream err) {
        // Slack credentials in the environment are not used: the app talks to the playground's stand-in only.
        try {
            Path dir = Files.createTempDirectory("deskhand-warmup");
            try {
                int code = new Warmup().run(env, dir, err);
                if (code != OK) {
                    return FAILED;
                }
                java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
                code = knowledge(List.of("kb", "--json", "refund policy"),
                        env.with(Map.of("DESKHAND_DATA_DIR", Playground.dataDir(dir).toString())),
                        new PrintStream(printed, true, StandardCharsets.UTF_8), err);
                if (code != OK) {
                    err.println("warmup: kb --json failed: " + printed.toString(StandardCharsets.UTF_8));
                    return FAILED;
                }
                out.println("warmup: ready, /kb answered in English and Korean, kb --json answered");
                return OK;
            } finally {
                Warmup.delete(dir);
            }
        } catch (IOException e) {
            err.println("warmup: " + e.getMessage());
            return FAILED;
        }
    }

    private static int knowledge(List<String> args, Environment env, PrintStream out, PrintStream err) {
        List<String> problems = new ArrayList<>();
        double answerBar = AppConfig.answerBar(env, problems);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return USAGE;
        }
        // The server's index on disk, opened read-only when it matches the folder: a query then needs no build.
        IndexHome home = IndexHome.readOnly(IndexHome.under(AppConfig.dataDir(env)));
        return new KbCli(Clock.systemUTC(), encoder(env), answerBar, home)
                .run(args, AppConfig.knowledgeDir(env), out, err);
    }

    private static int answerBar(List<String> args, Environment env, PrintStream out, PrintStream err) {
        try {
            return new AnswerBarTool(AppConfig.forTools(env), Clock.systemUTC()).run(args, out, err);
        } catch (ConfigException e) {
            err.println("Fix the configuration:");
            e.problems().forEach(problem -> err.println("  - " + problem));
            return USAGE;
        } catch (RuntimeException e) {
            err.println("kb bar: " + e.getMessage());
            return FAILED;
        }
    }

    private static int digest(List<String> args, Environment env, PrintStream out, PrintStream err) {
        try {
            return new DigestTool(AppConfig.forTools(env), Clock.systemUTC()).run(args, out, err);
        } catch (ConfigException e) {
            err.println("Fix the configuration:");
            e.problems().forEach(problem -> err.println("  - " + problem));
            return USAGE;
        } catch (SettingsException e) {
            err.println("Fix the settings file: " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("digest: " + e.getMessage());
            return FAILED;
        }
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    static final String USAGE_TEXT = """
            Usage: java -jar deskhand.jar [command]

              serve      run the Slack app (the default); without Slack credentials, the local playground
              playground       try Deskhand in the browser without Slack (http://127.0.0.1:3000/playground/)
              kb "<query>"     search the knowledge base in the terminal (--json for scripts)
              kb lint [dir]    check the knowledge folder; exits 1 on errors
              kb bar [--days N]   where your agents' votes say the answer bar (KB_ANSWER_THRESHOLD) should sit
              index            rebuild the knowledge index and report what was indexed or skipped
              eval --docs D.jsonl --queries Q.jsonl   measure search relevance (see docs/relevance.md)
              digest --channel C… --preview   print a channel's digest (text and Block Kit JSON)
              import zendesk|confluence|notion|csv …   import articles from where your team keeps them (README.md)
              warmup     start the server on a free port, answer /kb once, exit (a class-data archive's training run)
              healthcheck  exit 0 when this machine's Deskhand answers /healthz (for container health checks)
              version    print the version
              help       print this help

            Configuration comes from environment variables and an optional .env file; see README.md.
            """;
}
