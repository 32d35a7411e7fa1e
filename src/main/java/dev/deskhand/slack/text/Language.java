package dev.deskhand.slack.text;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;

/** The languages Deskhand speaks. Every message bundle exists in each of them. */
public enum Language {
    EN("en", ULocale.ENGLISH),
    KO("ko", ULocale.KOREAN);

    private final String code;
    private final ULocale locale;

    Language(String code, ULocale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The bundle suffix and the value used in settings: {@code en}, {@code ko}. */
    public String code() {
        return code;
    }

    public ULocale locale() {
        return locale;
    }

    /**
     * A Slack locale ({@code ko-KR}, {@code en-US}), a setting ({@code ko}, {@code en}) or a word a person would type
     * ({@code korean}, {@code 한국어}, {@code 영어}); empty when it names no language we speak.
     */
    public static Optional<Language> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (value) {
            case "ko", "kr", "korean", "한국어", "한글", "국문" -> Optional.of(KO);
            case "en", "english", "영어", "영문" -> Optional.of(EN);
            default -> value.startsWith("ko-") ? Optional.of(KO)
                    : value.startsWith("en-") ? Optional.of(EN) : Optional.empty();
        };
    }
}
