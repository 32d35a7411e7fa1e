package dev.deskhand.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a knowledge base of {@code count} articles generated from a seed: the same seed and word pool always give
 * the same files. Shapes follow the starter knowledge base: ~20% Korean, ~25% playbooks with {@code ## } sections,
 * bodies of a few hundred words (log-normal, 60 to 1,500), 1-3 tags, 0-5 aliases, front matter as authors write it.
 * Files go into sub-folders of 1,000, as a large knowledge repository would be organised.
 */
final class SyntheticKb {

    static final double KOREAN_SHARE = 0.20;
    static final double PLAYBOOK_SHARE = 0.25;
    private static final String[] TAGS = {"billing", "refunds", "payments", "invoices", "subscription", "plans",
            "orders", "shipping", "returns", "delivery", "account", "login", "security", "privacy", "2fa",
            "mobile-app", "integrations", "api", "outage", "bugs", "escalation", "vip", "fraud", "onboarding",
            "quality", "csat", "handover", "gift-cards", "promotions", "tax", "customs", "warranty", "hardware",
            "data-export", "notifications", "compliance", "partners", "enterprise", "education", "accessibility"};
    private static final String[] OWNERS = {"@billing-team", "@logistics", "@account-team", "@support-leads",
            "@trust-and-safety", "@product-support", "@cx-quality", "@platform"};
    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    private final WordPool words;

    SyntheticKb(WordPool words) {
        this.words = words;
    }

    /** Writes the articles under {@code dir}; returns the bytes written. */
    long write(Path dir, int count, long seed) {
        Random random = new Random(seed);
        long bytes = 0;
        try {
            for (int i = 0; i < count; i++) {
                boolean korean = random.nextDouble() < KOREAN_SHARE;
                boolean playbook = random.nextDouble() < PLAYBOOK_SHARE;
                String id = id(i);
                Path file = dir.resolve(playbook ? "playbooks" : "faq").resolve(String.format("%03d", i / 1000))
                        .resolve(id + ".md");
                Files.createDirectories(file.getParent());
                byte[] text = article(id, count, korean, playbook, random).getBytes(StandardCharsets.UTF_8);
                Files.write(file, text);
                bytes += text.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    static String id(int i) {
        return String.format("syn-%06d", i);
    }

    /** The path of article {@code i}, found by walking since its folder depends on the seeded type. */
    static Path find(Path dir, int i) {
        String name = id(i) + ".md";
        for (String type : new String[]{"faq", "playbooks"}) {
            Path p = dir.resolve(type).resolve(String.format("%03d", i / 1000)).resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no generated file for " + name);
    }

    private String article(String id, int count, boolean korean, boolean playbook, Random r) {
        StringBuilder out = new StringBuilder(4096);
        out.append("---\n");
        out.append("id: ").append(id).append('\n');
        out.append("title: \"").append(capitalise(phrase(r, korean, 3 + r.nextInt(5)))).append("\"\n");
        out.append("type: ").append(playbook ? "playbook" : "faq").append('\n');
        out.append("tags: [");
        int tags = 1 + r.nextInt(3);
        for (int t = 0; t < tags; t++) {
            out.append(t == 0 ? "" : ", ").append(TAGS[r.nextInt(TAGS.length)]);
        }
        out.append("]\n");
        int aliases = r.nextInt(6);
        if (aliases > 0) {
            out.append("aliases:\n");
            for (int a = 0; a < aliases; a++) {
                boolean aliasKorean = korean ? r.nextDouble() < 0.8 : r.nextDouble() < 0.05;
                out.append("  - \"").append(phrase(r, aliasKorean, 2 + r.nextInt(5))).append("\"\n");
            }
        }
        out.append("lang: ").append(korean ? "ko" : "en").append('\n');
        out.append("owner: \"").append(OWNERS[r.nextInt(OWNERS.length)]).append("\"\n");
        LocalDate updated = EPOCH.plusDays(r.nextInt(1000));
        out.append("updated: ").append(updated).append('\n');
        out.append("review_by: ").append(updated.plusDays(180)).append('\n');
        out.append("---\n");
        int budget = (int) Math.max(60, Math.min(1500, Math.exp(Math.log(300) + 0.6 * r.nextGaussian())));
        out.append(korean ? "**요약:** " : "**Short answer:** ").append(sentence(r, korean)).append("\n\n");
        if (playbook) {
            int sections = 3 + r.nextInt(5);
            for (int s = 0; s < sections; s++) {
                out.append("## ").append(capitalise(phrase(r, korean, 2 + r.nextInt(4)))).append("\n");
                body(out, r, korean, count, budget / sections, s % 2 == 1);
            }
        } else {
            body(out, r, korean, count, budget, r.nextDouble() < 0.4);
        }
        return out.toString();
    }

    private void body(StringBuilder out, Random r, boolean korean, int count, int budget, boolean steps) {
        int written = 0;
        int item = 1;
        while (written < budget) {
            if (steps) {
                String s = sentence(r, korean);
                out.append(item++).append(". ").append(s).append('\n');
                written += s.split(" ").length;
                if (r.nextDouble() < 0.25) {
                    out.append('\n');
                    steps = false;
                }
                continue;
            }
            int sentences = 2 + r.nextInt(4);
            for (int i = 0; i < sentences && written < budget; i++) {
                String s = sentence(r, korean);
                out.append(i == 0 ? "" : " ").append(s);
                written += s.split(" ").length;
            }
            if (r.nextDouble() < 0.15) {
                String target = id(r.nextInt(count));
                out.append(korean ? " 자세한 내용은 [" : " See [").append(capitalise(phrase(r, korean, 3)))
                        .append("](kb:").append(target).append(").");
            }
            out.append("\n\n");
            if (r.nextDouble() < 0.2) {
                int bullets = 3 + r.nextInt(3);
                for (int b = 0; b < bullets; b++) {
                    String s = sentence(r, korean);
                    out.append("- ").append(s).append('\n');
                    written += s.split(" ").length;
                }
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private String sentence(Random r, boolean korean) {
        int length = korean ? 4 + r.nextInt(7) : 6 + r.nextInt(13);
        String text = phrase(r, korean, length);
        if (r.nextDouble() < 0.1) {
            text = text + (r.nextBoolean() ? " **" + word(r, korean) + "**" : " " + (1 + r.nextInt(90)) + "%");
        }
        return capitalise(text) + ".";
    }

    private String phrase(Random r, boolean korean, int length) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // Korean support text carries English product and feature names.
            boolean english = korean ? r.nextDouble() < 0.08 : true;
            p.append(i == 0 ? "" : " ").append(word(r, !english));
        }
        return p.toString();
    }

    private String word(Random r, boolean korean) {
        return korean ? words.korean.sample(r) : words.english.sample(r);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
