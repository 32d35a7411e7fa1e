package dev.deskhand.kb.tools;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Runs {@link KbCli} from the test classpath until {@code Main} dispatches the kb subcommands. */
public final class KbCliMain {

    private KbCliMain() {
    }

    public static void main(String[] args) {
        String dir = System.getProperty("deskhand.knowledge", "knowledge");
        System.exit(new KbCli(Clock.systemDefaultZone(), dev.deskhand.testing.Encoders.miniLm()).run(List.of(args), Path.of(dir), System.out, System.err));
    }
}
