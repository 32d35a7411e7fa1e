package dev.deskhand.kb.importing;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * HTML from a help centre or wiki as clean Markdown: jsoup first keeps only content markup (no scripts, styles,
 * classes or inline handlers), then flexmark's converter writes CommonMark with GFM tables.
 */
final class HtmlToMarkdown {

    private static final Safelist CONTENT = Safelist.relaxed()
            .removeTags("span", "div", "font")
            .preserveRelativeLinks(true);

    private final FlexmarkHtmlConverter converter;

    HtmlToMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
        options.set(FlexmarkHtmlConverter.WRAP_AUTO_LINKS, false);
        options.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        options.set(FlexmarkHtmlConverter.DIV_TABLE_PROCESSING, false);
        // Keep the author's characters: no "--" for an en dash, no straight quotes for curly ones.
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        converter = FlexmarkHtmlConverter.builder(options).build();
    }

    String convert(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", CONTENT, output);
        return converter.convert(clean).strip();
    }
}
