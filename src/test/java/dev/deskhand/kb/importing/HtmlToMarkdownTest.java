package dev.deskhand.kb.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {

    private final HtmlToMarkdown html = new HtmlToMarkdown();

    @Test
    void tablesImagesAndKoreanComeThroughAsMarkdown() {
        String converted = html.convert("""
                <h2 id="h_01">환불 기간</h2><p>환불은 <strong>5~10영업일</strong>이 걸립니다.<script>alert(1)</script></p>
                <table><thead><tr><th>Plan</th><th>Refund</th></tr></thead>
                <tbody><tr><td>Monthly</td><td>Pro rata</td></tr></tbody></table>
                <p><img src="https://acme.zendesk.com/hc/article_attachments/1/refund.png" alt="Refund screen"></p>
                <ul><li>One</li><li>Two <a href="https://acme.example/x" class="c">link</a></li></ul>
                """);
        assertEquals("""
                ## 환불 기간

                환불은 **5\\~10영업일**이 걸립니다.

                |  Plan   |  Refund  |
                |---------|----------|
                | Monthly | Pro rata |

                ![Refund screen](https://acme.zendesk.com/hc/article_attachments/1/refund.png)

                * One
                * Two [link](https://acme.example/x)""", converted);
    }
}
