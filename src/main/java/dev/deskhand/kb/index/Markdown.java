package dev.deskhand.kb.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little Markdown the knowledge base needs: sections, GitHub anchors, internal links and plain text. */
public final class Markdown {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern BARE_SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern HEADING_MARK = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+");
    // Markup around words is removed without leaving a gap, so "**5~10영업일**이" reads "5~10영업일이" and
    // Korean particles stay attached; table pipes and quote marks become spaces; a lone "~" (a range) stays.
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__|~~)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)([^*_\\n]+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`+");
    private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[*+-]\\s+");
    private static final Pattern QUOTE = Pattern.compile("(?m)^\\s*>+\\s?");
    private static final Pattern LEFTOVER = Pattern.compile("[*|]+");
    private static final Pattern H1 = Pattern.compile("(?m)^#\\s+(.+?)\\s*#*\\s*$");

    /** A {@code ## } section; the part before the first heading has no title. */
    record Section(Optional<String> title, Optional<String> anchor, String text) {
    }

    private Markdown() {
    }

    /** Splits on level-2 headings outside fenced code; anchors follow GitHub's rules, duplicates get -1, -2… */
    static List<Section> sections(String body) {
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> anchorsSeen = new HashMap<>();
        String title = null;
        StringBuilder text = new StringBuilder();
        boolean inFence = false;
        for (String line : body.split("\r?\n", -1)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
            }
            if (!inFence && line.startsWith("## ")) {
                addSection(sections, anchorsSeen, title, text);
                title = line.substring(3).replaceAll("\\s*#+\\s*$", "").trim();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        addSection(sections, anchorsSeen, title, text);
        return sections;
    }

    private static void addSection(List<Section> sections, Map<String, Integer> anchorsSeen, String title,
                                   CharSequence text) {
        if (title == null) {
            if (!text.toString().isBlank()) {
                sections.add(new Section(Optional.empty(), Optional.empty(), text.toString()));
            }
            return;
        }
        String anchor = anchor(title);
        int seen = anchorsSeen.merge(anchor, 1, Integer::sum) - 1;
        String unique = seen == 0 ? anchor : anchor + "-" + seen;
        sections.add(new Section(Optional.of(title), Optional.of(unique), text.toString()));
    }

    /** GitHub-style slug: lower case, punctuation dropped, spaces to hyphens; letters of any script are kept. */
    static String anchor(String heading) {
        StringBuilder slug = new StringBuilder();
        heading.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                slug.appendCodePoint(cp);
            } else if (cp == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    /** Ids of other articles linked as {@code [text](kb:id)} or {@code [text](id)} with a bare slug. */
    public static Set<String> internalLinks(String body) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = LINK.matcher(body);
        while (m.find()) {
            if (body.charAt(m.start()) == '!') {
                continue;
            }
            String target = m.group(2);
            int hash = target.indexOf('#');
            if (hash >= 0) {
                target = target.substring(0, hash);
            }
            if (target.startsWith("kb:")) {
                ids.add(target.substring(3));
            } else if (BARE_SLUG.matcher(target).matches()) {
                ids.add(target);
            }
        }
        return ids;
    }

    /** Text for indexing: link targets and Markdown markup removed, words kept. */
    public static String plainText(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = HEADING_MARK.matcher(text).replaceAll("");
        text = BULLET.matcher(text).replaceAll("");
        text = QUOTE.matcher(text).replaceAll("");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        text = CODE.matcher(text).replaceAll("");
        return LEFTOVER.matcher(text).replaceAll(" ");
    }

    /** The first level-1 heading, used as the title when the front matter has none. */
    static Optional<String> firstHeading(String body) {
        Matcher m = H1.matcher(body);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }
}
