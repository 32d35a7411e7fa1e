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
 * Who stands behind an article's {@code owner:}, in this order: the {@code owner_digest.owners} mapping (owner text,
 * without case → user ids); a Slack user written as such ({@code U0123ABCD}, {@code <@U0123ABCD>}); a user group,
 * written as a mention ({@code <!subteam^S0…>}) or by its handle ({@code @billing-team}, the starter knowledge's
 * habit), whose members are asked of Slack ({@link OwnerGroups}). Anything else (an unknown handle, an e-mail
 * address) reaches nobody and is listed by {@link #unmapped} for the log.
 */
public final class OwnerDirectory {

    private static final Pattern USER = Pattern.compile("(?:<@)?([UW][A-Z0-9]{6,})(?:\\|[^>]*)?>?");
    private static final Pattern GROUP = Pattern.compile("<!subteam\\^([A-Z0-9]+)(?:\\|[^>]*)?>");

    private final Map<String, List<String>> mapping = new TreeMap<>();
    private final OwnerGroups groups;

    public OwnerDirectory(Map<String, List<String>> owners, OwnerGroups groups) {
        owners.forEach((owner, users) -> mapping.put(key(owner),
                users.stream().map(OwnerDirectory::userId).flatMap(Optional::stream).distinct().toList()));
        this.groups = groups;
    }

    /** The Slack users an {@code owner:} value names, in mapping or group order; empty when nobody. */
    public List<String> usersOf(String owner) {
        return usersOf(owner, groups.members());
    }

    private List<String> usersOf(String owner, Map<String, List<String>> members) {
        if (owner == null || owner.isBlank()) {
            return List.of();
        }
        List<String> mapped = mapping.get(key(owner));
        if (mapped != null) {
            return mapped;
        }
        Optional<String> user = userId(owner);
        if (user.isPresent()) {
            return List.of(user.get());
        }
        Matcher group = GROUP.matcher(owner.strip());
        String handle = group.matches() ? group.group(1) : key(owner).replaceFirst("^@", "");
        return members.getOrDefault(handle, List.of());
    }

    /** Each user's articles (by id), users in id order: what each owner's digest is about. */
    public Map<String, List<Article>> byUser(List<Article> articles) {
        Map<String, List<String>> members = groups.members();
        Map<String, List<Article>> byUser = new TreeMap<>();
        for (Article article : articles) {
            for (String user : usersOf(article.owner(), members)) {
                byUser.computeIfAbsent(user, u -> new ArrayList<>()).add(article);
            }
        }
        byUser.values().forEach(list -> list.sort(Comparator.comparing(Article::id)));
        return byUser;
    }

    /** Owner values that reach nobody, for one log line per run instead of silence. */
    public Set<String> unmapped(List<Article> articles) {
        Map<String, List<String>> members = groups.members();
        Set<String> unmapped = new LinkedHashSet<>();
        articles.stream().map(Article::owner).filter(o -> o != null && !o.isBlank())
                .filter(o -> usersOf(o, members).isEmpty()).sorted().forEach(unmapped::add);
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
