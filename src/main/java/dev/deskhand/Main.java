package dev.deskhand;

import dev.deskhand.config.AppConfig;
import dev.deskhand.config.ConfigException;
import dev.deskhand.config.Environment;
import dev.deskhand.config.SettingsException;
import dev.deskhand.kb.KbCli;
import java.io.PrintStream;
import java.time.Clock;
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
        int code = run(Arrays.asList(args), Environment.fromProcess(), System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    static int run(List<String> args, Environment env, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "serve" : args.get(0);
        switch (command) {
            case "serve":
                return serve(env, err);
            case "kb", "index", "eval":
                return new KbCli(Clock.systemUTC()).run(args, AppConfig.knowledgeDir(env), out, err);
            case "digest":
                return digest(args.subList(1, args.size()), env, out, err);
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
        } catch (Exception e) {
            err.println("Deskhand could not start: " + e.getMessage());
            org.slf4j.LoggerFactory.getLogger(Main.class).error("Start-up failed", e);
            return FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            wiring.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
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

              serve      run the Slack app (the default)
              kb "<query>"     search the knowledge base in the terminal (--json for scripts)
              kb lint [dir]    check the knowledge folder; exits 1 on errors
              index            rebuild the knowledge index and report what was indexed or skipped
              eval --docs D.jsonl --queries Q.jsonl   measure search relevance (see docs/relevance.md)
              digest --channel C… --preview   print a channel's digest (text and Block Kit JSON)
              healthcheck  exit 0 when this machine's Deskhand answers /healthz (for container health checks)
              version    print the version
              help       print this help

            Configuration comes from environment variables and an optional .env file; see README.md.
            """;
}
