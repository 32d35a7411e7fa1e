package dev.deskhand.kb.importing;

import java.util.Locale;
import java.util.Optional;

/** Source locales ({@code en-us}, {@code ko}) as the two languages the knowledge base reads. */
final class Languages {

    private Languages() {
    }

    static Optional<String> of(String locale) {
        if (locale == null || locale.isBlank()) {
            return Optional.empty();
        }
        String lower = locale.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("ko") || lower.startsWith("ko-") || lower.startsWith("ko_")) {
            return Optional.of("ko");
        }
        if (lower.equals("en") || lower.startsWith("en-") || lower.startsWith("en_")) {
            return Optional.of("en");
        }
        return Optional.empty();
    }

    static String unsupported(String locale) {
        return "locale '" + locale + "' is neither English nor Korean, the languages Deskhand searches";
    }
}
