package dev.deskhand.owners;

import dev.deskhand.kb.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who stands behind an article's {@code owner:}. The starter knowledge names teams ({@code "@billing-team"}), which
 * Slack cannot DM, so a team handle is looked up in the {@code owner_digest.owners} mapping; an owner written as a
 * Slack user ({@code U0123ABCD} or {@code <@U0123ABCD>}) is that user. Anything else (an unmapped handle, an e-mail
 * address) reaches nobody and is listed by {@link #unmapped} for the log.
 */
public final class OwnerDirectory {

    private static final Pattern USER = Pattern.compile("(?:<@)?([UW][A-Z0-9]{6,})(?:\\|[^>]*)?>?");

    private final Map<String, List<String>> mapping = new TreeMap<>();

    public OwnerDirectory(Map<String, List<String>> owners) {
        owners.forEach((owner, users) -> mapping.put(key(owner),
                users.stream().map(OwnerDirectory::userId).flatMap(Optional::stream).distinct().toList()));
    }

    /** The Slack users an {@code owner:} value names, in mapping order; empty when nobody. */
    public List<String> usersOf(String owner) {
        if (owner == null || owner.isBlank()) {
            return List.of();
        }
        List<String> mapped = mapping.get(key(owner));
        if (mapped != null) {
            return mapped;
        }
        return userId(owner).map(List::of).orElse(List.of());
    }

    /** Each user's articles (by id), users in id order: what each owner's digest is about. */
    public Map<String, List<Article>> byUser(List<Article> articles) {
        Map<String, List<Article>> byUser = new TreeMap<>();
        for (Article article : articles) {
            for (String user : usersOf(article.owner())) {
                byUser.computeIfAbsent(user, u -> new ArrayList<>()).add(article);
            }
        }
        byUser.values().forEach(list -> list.sort(Comparator.comparing(Article::id)));
        return byUser;
    }

    /** Owner values that reach nobody, for one log line per run instead of silence. */
    public Set<String> unmapped(List<Article> articles) {
        Set<String> unmapped = new LinkedHashSet<>();
        articles.stream().map(Article::owner).filter(o -> o != null && !o.isBlank())
                .filter(o -> usersOf(o).isEmpty()).sorted().forEach(unmapped::add);
        return unmapped;
    }

    static Optional<String> userId(String text) {
        Matcher m = USER.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String key(String owner) {
        return owner.strip().toLowerCase(Locale.ROOT);
    }
}
