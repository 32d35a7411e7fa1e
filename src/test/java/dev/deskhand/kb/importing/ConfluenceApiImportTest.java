package dev.deskhand.kb.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confluence Cloud's REST API v2 on loopback, shaped after the public reference for "Get pages in space": results
 * with storage-format bodies, {@code _links.next} relative to the site, {@code _links.base} the wiki's address.
 */
class ConfluenceApiImportTest {

    private static final String PAGE_ONE = """
            {"results":[
              {"id":"65537","status":"current","title":"ACME Support","spaceId":"98305","parentId":null,
               "authorId":"557058:a1","createdAt":"2026-01-02T09:00:00.000Z",
               "version":{"createdAt":"2026-01-02T09:00:00.000Z","number":1,"minorEdit":false,"authorId":"557058:a1"},
               "body":{"storage":{"representation":"storage","value":"<p>Welcome to the support space.</p>"}},
               "_links":{"webui":"/spaces/ACME/overview","tinyui":"/x/AQAB"}},
              {"id":"65541","status":"current","title":"Billing","spaceId":"98305","parentId":"65537",
               "parentType":"page","authorId":"557058:a1","createdAt":"2026-01-02T09:05:00.000Z",
               "version":{"createdAt":"2026-03-01T12:00:00.000Z","number":2,"minorEdit":false,"authorId":"557058:a1"},
               "body":{"storage":{"representation":"storage","value":"<p>Everything about invoices and charges.</p>"}},
               "_links":{"webui":"/spaces/ACME/pages/65541/Billing","tinyui":"/x/BQAB"}}],
             "_links":{"next":"/wiki/api/v2/spaces/98305/pages?body-format=storage&limit=250&cursor=eyJpZCI6IjY1NTQxIn0",
                       "base":"https://acme.atlassian.net/wiki"}}
            """;
    private static final String PAGE_TWO = """
            {"results":[
              {"id":"65544","status":"current","title":"Refund for a duplicate charge","spaceId":"98305",
               "parentId":"65541","parentType":"page","authorId":"557058:b2","createdAt":"2026-02-10T08:00:00.000Z",
               "version":{"createdAt":"2026-11-02T16:30:00.000Z","number":7,"minorEdit":false,"authorId":"557058:b2"},
               "body":{"storage":{"representation":"storage","value":"<p>Refund the <strong>later</strong> charge. See <ac:link><ri:page ri:content-title=\\"Billing\\" /><ac:plain-text-link-body><![CDATA[Billing basics]]></ac:plain-text-link-body></ac:link>.</p><ac:structured-macro ac:name=\\"code\\" ac:schema-version=\\"1\\"><ac:parameter ac:name=\\"language\\">bash</ac:parameter><ac:plain-text-body><![CDATA[billing refund --charge ch_2 --reason duplicate]]></ac:plain-text-body></ac:structured-macro><p><ac:image><ri:attachment ri:filename=\\"console.png\\" /></ac:image></p><ac:structured-macro ac:name=\\"info\\"><ac:rich-text-body><p>Over $500 needs a team lead.</p></ac:rich-text-body></ac:structured-macro>"}},
               "_links":{"webui":"/spaces/ACME/pages/65544/Refund+for+a+duplicate+charge","tinyui":"/x/CAAB"}},
              {"id":"65550","status":"draft","title":"New refund rules","spaceId":"98305","parentId":"65541",
               "body":{"storage":{"representation":"storage","value":"<p>Not yet.</p>"}},
               "_links":{"webui":"/spaces/ACME/pages/edit-v2/65550"}}],
             "_links":{"base":"https://acme.atlassian.net/wiki"}}
            """;

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wiki/api/v2/spaces/98305/pages", exchange -> {
            requests.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (exchange.getRequestURI().getQuery().contains("cursor=") ? PAGE_TWO : PAGE_ONE)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void storageFormatPagesBecomeArticlesWithTheirAncestorsAsTags() throws IOException {
        ImportCli cli = new ImportCli(name -> name.equals("CONFLUENCE_TOKEN") ? Optional.of("me@acme.test:tok")
                : Optional.empty(), JsonHttp.defaultClient(), d -> { }, Clock.systemUTC(), dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = cli.run(List.of("confluence", "--base-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "--space-id", "98305", "--space", "ACME", "--token-env", "CONFLUENCE_TOKEN"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertEquals(0, code);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals("""
                confluence:ACME: 3 new, 0 updated, 0 unchanged, 0 removed, 1 skipped
                  skipped confluence page 65550 "New refund rules": draft
                """, printed.substring(0, printed.indexOf("into ")));
        assertEquals("""
                ---
                id: confluence-65544
                title: Refund for a duplicate charge
                type: faq
                tags:
                  - ACME Support
                  - Billing
                updated: 2026-11-02
                url: https://acme.atlassian.net/wiki/spaces/ACME/pages/65544/Refund+for+a+duplicate+charge
                source: confluence:ACME
                ---
                Refund the **later** charge. See Billing basics.

                    billing refund --charge ch_2 --reason duplicate

                Over $500 needs a team lead.
                """, Files.readString(dir.resolve("confluence/confluence-65544.md")));
        String basic = "Basic " + Base64.getEncoder().encodeToString("me@acme.test:tok".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, requests.size());
        assertEquals(true, requests.stream().allMatch(r -> r.endsWith(" " + basic)), requests.toString());
    }
}
