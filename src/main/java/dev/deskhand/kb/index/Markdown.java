package dev.deskhand.kb.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown the knowledge base reads, through commonmark-java (CommonMark with GFM tables and strikethrough):
 * sections, GitHub heading anchors, internal links and plain text all come from the parsed tree, so fenced code,
 * setext headings, nested lists, tables and escaped characters are read as a Markdown renderer would show them.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            // A single "~" is a range in support text ("5~10영업일"), never strikethrough.
            StrikethroughExtension.builder().requireTwoTildes(true).build());
    /** Thread-safe once built; block source spans let sections keep their original lines. */
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /** A {@code ## } section; the part before the first heading has no title. */
    record Section(Optional<String> title, Optional<String> anchor, String text) {
    }

    private Markdown() {
    }

    /**
     * Splits on level-2 headings (ATX or setext; never inside code); each section keeps its original lines. Anchors
     * follow GitHub's rules, duplicates get -1, -2…
     */
    static List<Section> sections(String body) {
        String[] lines = body.split("\r?\n", -1);
        IdGenerator anchors = IdGenerator.builder().build();
        List<Section> sections = new ArrayList<>();
        Optional<String> title = Optional.empty();
        int from = 0;
        for (Node block = PARSER.parse(body).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 2 && !block.getSourceSpans().isEmpty()) {
                List<SourceSpan> spans = block.getSourceSpans();
                add(sections, anchors, title, lines, from, spans.get(0).getLineIndex());
                title = Optional.of(plainText(heading).strip());
                from = spans.get(spans.size() - 1).getLineIndex() + 1;
            }
        }
        add(sections, anchors, title, lines, from, lines.length);
        return sections;
    }

    private static void add(List<Section> sections, IdGenerator anchors, Optional<String> title, String[] lines,
                            int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(lines[i]).append('\n');
        }
        if (title.isEmpty()) {
            if (!text.toString().isBlank()) {
                sections.add(new Section(Optional.empty(), Optional.empty(), text.toString()));
            }
            return;
        }
        sections.add(new Section(title, Optional.of(anchors.generateId(title.get())), text.toString()));
    }

    /** GitHub-style slug: lower case, punctuation dropped, spaces to hyphens; letters of any script are kept. */
    static String anchor(String heading) {
        return IdGenerator.builder().build().generateId(heading);
    }

    /** Ids of other articles linked as {@code [text](kb:id)} or {@code [text](id)} with a bare slug. */
    public static Set<String> internalLinks(String body) {
        Set<String> ids = new LinkedHashSet<>();
        PARSER.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String target = link.getDestination();
                int hash = target.indexOf('#');
                if (hash >= 0) {
                    target = target.substring(0, hash);
                }
                if (target.startsWith("kb:")) {
                    ids.add(target.substring(3));
                } else if (isBareSlug(target)) {
                    ids.add(target);
                }
                visitChildren(link);
            }
        });
        return ids;
    }

    private static boolean isBareSlug(String target) {
        if (target.isEmpty() || !Character.isLetterOrDigit(target.charAt(0))) {
            return false;
        }
        return target.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }

    /**
     * Text for indexing and snippets: what a reader sees, without markup or link targets. Blocks are separated by
     * a blank line and lines within a block (list items, table rows, soft breaks) by a newline, which is how the
     * passages are cut; emphasis leaves no gap, so "**5~10영업일**이" reads "5~10영업일이".
     */
    public static String plainText(String markdown) {
        return plainText(PARSER.parse(markdown));
    }

    private static String plainText(Node node) {
        PlainText text = new PlainText();
        node.accept(text);
        return text.out.toString().strip();
    }

    /** The first level-1 heading, used as the title when the front matter has none. */
    static Optional<String> firstHeading(String body) {
        for (Node block = PARSER.parse(body).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 1) {
                String title = plainText(heading).strip();
                if (!title.isEmpty()) {
                    return Optional.of(title);
                }
            }
        }
        return Optional.empty();
    }

    /** Collects the visible text: inline markup drops away, block boundaries become line breaks. */
    private static final class PlainText extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder();

        private void endBlock(Block block) {
            trimTrailingSpaces();
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            // A blank line in the source is a paragraph break for the passages; adjacent lines stay one paragraph.
            boolean paragraphBreak = !followedDirectly(block);
            if (paragraphBreak && out.length() > 1 && out.charAt(out.length() - 2) != '\n') {
                out.append('\n');
            }
        }

        private static boolean followedDirectly(Node block) {
            int end = line(block, false);
            Node node = block;
            while (node.getNext() == null && node.getParent() != null && !(node.getParent() instanceof Document)) {
                node = node.getParent();
            }
            Node next = node.getNext();
            return next == null || end < 0 || line(next, true) <= end + 1;
        }

        private static int line(Node node, boolean first) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? -1 : spans.get(first ? 0 : spans.size() - 1).getLineIndex();
        }

        private void trimTrailingSpaces() {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            endBlock(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            visitChildren(heading);
            endBlock(heading);
        }

        @Override
        public void visit(BlockQuote quote) {
            visitChildren(quote);
        }

        @Override
        public void visit(ListItem item) {
            // A rendered ordered list shows its numbers ("step 2"), so the text keeps them; bullets are markup.
            if (item.getParent() instanceof OrderedList list) {
                int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                for (Node before = item.getPrevious(); before != null; before = before.getPrevious()) {
                    number++;
                }
                out.append(number).append(". ");
            }
            visitChildren(item);
        }

        @Override
        public void visit(BulletList list) {
            visitChildren(list);
            endBlock(list);
        }

        @Override
        public void visit(OrderedList list) {
            visitChildren(list);
            endBlock(list);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            out.append(code.getLiteral().stripTrailing());
            endBlock(code);
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            out.append(code.getLiteral().stripTrailing());
            endBlock(code);
        }

        @Override
        public void visit(HtmlBlock html) {
            // Raw HTML is markup, not words a reader sees.
        }

        @Override
        public void visit(HtmlInline html) {
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
        }

        @Override
        public void visit(Text text) {
            // CommonMark does not close "**" after punctuation when a letter follows, which is how Korean attaches
            // particles ("**임시 승인(가승인)**과"); such a run is left as text, but a reader meant emphasis.
            out.append(text.getLiteral().replace("**", ""));
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(CustomBlock block) {
            visitChildren(block);
            if (block instanceof TableBlock table) {
                endBlock(table);
            }
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableRow) {
                visitChildren(node);
                trimTrailingSpaces();
                out.append('\n');
            } else if (node instanceof TableCell) {
                visitChildren(node);
                out.append(' ');
            } else {
                visitChildren(node);
            }
        }

        @Override
        public void visit(Document document) {
            visitChildren(document);
        }
    }
}
