package dev.deskhand.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The playground in a real (headless) browser, clicked through as a newcomer would. */
class PlaygroundBrowserTest {

    static RunningPlayground playground;
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
        playground = RunningPlayground.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playground != null) {
            playground.close();
        }
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** The newest message in the open channel whose text contains {@code text}. */
    static WebElement awaitMessage(String text, boolean ephemeral) {
        return waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#messages .msg")).stream()
                    .filter(m -> m.getAttribute("class").contains("ephemeral") == ephemeral)
                    .filter(m -> m.getText().contains(text)).toList();
            return found.isEmpty() ? null : found.get(found.size() - 1);
        });
    }

    static void type(String text) {
        WebElement composer = waiting().until(ExpectedConditions.elementToBeClickable(By.id("composer")));
        composer.clear();
        composer.sendKeys(text);
        composer.sendKeys(Keys.ENTER);
    }

    static void actAs(String userId) {
        new Select(driver.findElement(By.id("me"))).selectByValue(userId);
    }

    @Test
    void kbAnswerSharedInTheChannel() throws Exception {
        // GIVEN a newcomer on the playground page, in #support
        driver.get(playground.url());
        waiting().until(ExpectedConditions.textToBe(By.id("channel-title"), "#support"));
        actAs("U0ALEX");

        // WHEN they ask the knowledge base
        type("/kb refund policy");

        // THEN only they see the answer, with "Refund policy" as the first article
        WebElement answer = awaitMessage("Results for “refund policy”", true);
        assertTrue(answer.getText().contains("Only visible to you"), answer.getText());
        WebElement firstHit = answer.findElement(By.cssSelector(".bk-section"));
        assertTrue(firstHit.getText().startsWith("Refund policy"), firstHit.getText());
        assertEquals("FAQ", firstHit.findElement(By.cssSelector("code")).getText());
        browser.screenshot("01-kb-answer");

        // WHEN they click "Share in channel" under that first article
        WebElement share = answer.findElements(By.cssSelector(".bk-actions")).get(0)
                .findElement(By.xpath(".//button[normalize-space()='Share in channel']"));
        share.click();

        // THEN the article is in the channel for everyone, and the private answer says so
        WebElement shared = awaitMessage("shared an answer from the knowledge base", false);
        assertTrue(shared.getText().contains("@Alex Agent shared an answer from the knowledge base"), shared.getText());
        assertTrue(shared.getText().contains("Refund policy"), shared.getText());
        awaitMessage("Shared Refund policy in the channel", true);
        browser.screenshot("02-shared-in-channel");

        // ... and Bea, in the same channel, sees the shared article but not Alex's private answer
        actAs("U0BEA");
        waiting().until(d -> d.findElements(By.cssSelector("#messages .msg.ephemeral")).isEmpty());
        awaitMessage("shared an answer from the knowledge base", false);
        actAs("U0ALEX");
    }

    /** Inside the open modal's input block {@code blockId}, the first element matching {@code css}. */
    static WebElement field(String blockId, String css) {
        return driver.findElement(By.cssSelector(".modal .bk-input-block[data-block-id='" + blockId + "']"))
                .findElement(By.cssSelector(css));
    }

    static void openChannel(String name) {
        // The sidebar re-renders when the state polls, so a found link can go stale before the click: find it again.
        By link = By.xpath("//a[contains(@class,'channel-link') and normalize-space()='" + name + "']");
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(link).click();
            return true;
        });
        waiting().until(ExpectedConditions.textToBe(By.id("channel-title"), name));
    }

    @Test
    void escalationFormCardAndClaim() throws Exception {
        driver.get(playground.url());
        waiting().until(ExpectedConditions.textToBe(By.id("channel-title"), "#support"));
        actAs("U0ALEX");

        // GIVEN Alex opens the escalation form from #support
        type("/escalate");
        WebElement modal = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal[data-callback-id='escalation_modal']")));
        assertEquals("Escalate", modal.findElement(By.cssSelector(".modal-title")).getText());

        // WHEN they submit it half filled, THEN the browser asks for the required fields, as Slack's client does
        modal.findElement(By.cssSelector(".modal-submit")).click();
        assertEquals("Please complete this required field.",
                field("summary", ".bk-error").getText());

        // WHEN the ticket is not a ticket id, THEN Deskhand's own validation comes back on that field
        field("summary", "input, textarea").sendKeys("Customer charged twice after the plan change");
        new Select(field("severity", "select")).selectByValue("P2");
        new Select(field("team", "select")).selectByValue("billing");
        field("ticket", "input").sendKeys("see chat");
        modal.findElement(By.cssSelector(".modal-submit")).click();
        WebElement ticketError = waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement error = field("ticket", ".bk-error");
            return error.isDisplayed() ? error : null;
        });
        assertTrue(ticketError.getText().startsWith("Use a ticket id like ACME-1234"), ticketError.getText());
        assertEquals("Customer charged twice after the plan change",
                field("summary", "input, textarea").getAttribute("value"));
        browser.screenshot("03-escalation-field-error");

        // WHEN it is fixed and submitted
        WebElement ticket = field("ticket", "input");
        ticket.clear();
        ticket.sendKeys("ACME-1234");
        driver.findElement(By.cssSelector(".modal .modal-submit")).click();

        // THEN the form closes and the card appears in the billing team's channel
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
        openChannel("#billing");
        WebElement card = awaitMessage("Customer charged twice after the plan change", false);
        assertTrue(card.getText().contains("P2 · Billing"), card.getText());
        assertTrue(card.getText().contains("Open, unclaimed"), card.getText());
        browser.screenshot("04-escalation-card");

        // WHEN Bea, a billing specialist, claims it
        actAs("U0BEA");
        awaitMessage("Customer charged twice after the plan change", false)
                .findElement(By.xpath(".//button[normalize-space()=\"I'll take it\"]")).click();

        // THEN the card shows her as the owner
        WebElement claimed = awaitMessage("Acknowledged by @Bea Billing", false);
        assertTrue(claimed.getText().contains("Customer charged twice after the plan change"), claimed.getText());
        browser.screenshot("05-escalation-claimed");
        actAs("U0ALEX");
    }

    @Test
    void mentionIsAnsweredInAThreadAndDigestsPreviewAndPost() throws Exception {
        driver.get(playground.url());
        waiting().until(ExpectedConditions.textToBe(By.id("channel-title"), "#support"));
        actAs("U0ALEX");

        // A mention is answered in its thread: the question shows a reply count that opens the thread
        type("@Deskhand how do I reset a password?");
        awaitMessage("@Deskhand how do I reset a password?", false);
        WebElement replies = waiting().ignoring(StaleElementReferenceException.class).until(d ->
                awaitMessage("@Deskhand how do I reset a password?", false).findElement(By.cssSelector(".replies")));
        assertEquals("1 reply", replies.getText());
        replies.click();
        WebElement thread = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("thread")));
        waiting().ignoring(StaleElementReferenceException.class).until(d ->
                thread.findElements(By.cssSelector(".msg")).size() == 2
                        && thread.findElements(By.cssSelector(".msg")).get(1).getText().contains("Password reset"));
        browser.screenshot("06-mention-thread");
        driver.findElement(By.id("thread-close")).click();

        // /digest preview is for the asker only; the button posts the real thing for the channel
        type("/digest preview");
        awaitMessage("Queue digest (preview)", true);
        openChannel("#technical");
        driver.findElement(By.id("digest-now")).click();
        WebElement digest = awaitMessage("Queue digest", false);
        assertFalse(digest.getText().contains("(preview)"), digest.getText());
        browser.screenshot("07-digest-posted");
    }

    /** The texts of every element matching {@code css} inside {@code root}. */
    static List<String> texts(WebElement root, String css) {
        return root.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void koreanAgentAsksEscalatesAndClaimsInKorean() throws Exception {
        driver.get(playground.url());
        waiting().until(ExpectedConditions.textToBe(By.id("channel-title"), "#support"));
        new Select(driver.findElement(By.id("lang"))).selectByValue("");

        // GIVEN 김민지, whose Slack locale is ko-KR: the page follows it
        actAs("U0MINJI");
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("label[for='me']"), "현재 사용자"));
        assertTrue(driver.findElement(By.id("composer")).getAttribute("placeholder").startsWith("#support에 메시지 보내기"),
                driver.findElement(By.id("composer")).getAttribute("placeholder"));

        // WHEN she asks the knowledge base in Korean
        type("/kb 환불");

        // THEN the answer is Korean, and the matched words are bold elements with no raw asterisk anywhere
        WebElement answer = awaitMessage("“환불” 검색 결과", true);
        assertEquals("나에게만 표시", answer.findElement(By.cssSelector(".only-you")).getText());
        assertEquals("닫기", answer.findElement(By.cssSelector(".dismiss")).getText());
        List<String> buttons = texts(answer, ".bk-actions .bk-button");
        assertTrue(buttons.containsAll(List.of("채널에 공유", "👍 도움이 됐어요", "👎 도움이 안 됐어요", "에스컬레이션")),
                buttons.toString());
        List<String> bold = texts(answer, ".bk-section b");
        assertTrue(bold.contains("환불"), "bold: " + bold + " in " + answer.getText());
        assertFalse(answer.getText().contains("*"), answer.getText());
        browser.screenshot("08-ko-kb-answer");

        // WHEN she opens the escalation form
        type("/escalate");
        WebElement modal = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal[data-callback-id='escalation_modal']")));

        // THEN it is Korean, and so is what the page itself says about a required field left empty
        assertEquals("에스컬레이션", modal.findElement(By.cssSelector(".modal-title")).getText());
        assertEquals("에스컬레이션", modal.findElement(By.cssSelector(".modal-submit")).getText());
        assertEquals("취소", modal.findElement(By.cssSelector(".modal-footer .bk-button:not(.modal-submit)")).getText());
        modal.findElement(By.cssSelector(".modal-submit")).click();
        assertEquals("필수 항목입니다. 입력해 주세요.", field("summary", ".bk-error").getText());
        browser.screenshot("09-ko-escalation-modal");

        // WHEN she fills it in for the accounts team (which works in Korean) and submits
        field("summary", "input, textarea").sendKeys("고객님이 2단계 인증 기기를 분실해 로그인하지 못합니다");
        new Select(field("severity", "select")).selectByValue("P2");
        new Select(field("team", "select")).selectByValue("accounts");
        field("ticket", "input").sendKeys("ACME-2024");
        driver.findElement(By.cssSelector(".modal .modal-submit")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));

        // THEN the card in #accounts is Korean; she claims it and it shows her as the owner
        openChannel("#accounts");
        WebElement card = awaitMessage("고객님이 2단계 인증 기기를 분실해 로그인하지 못합니다", false);
        assertTrue(card.getText().contains("접수 대기, 담당자 없음"), card.getText());
        assertTrue(texts(card, ".bk-button").contains("제가 맡을게요"), texts(card, ".bk-button").toString());
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            awaitMessage("고객님이 2단계 인증 기기를 분실해 로그인하지 못합니다", false)
                    .findElement(By.xpath(".//button[normalize-space()='제가 맡을게요']")).click();
            return true;
        });
        WebElement claimed = awaitMessage("@김민지 님이 처리 중", false);
        assertFalse(claimed.getText().contains("*"), claimed.getText());
        browser.screenshot("10-ko-escalation-claimed");

        // ... and none of the page's own words is left in English
        List<String> english = ((List<?>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('[data-i18n]:not(.suggestion), .only-you, .dismiss,"
                        + " .app-badge, .replies, .clock-buttons button, #clock-offset'))"
                        + ".map(n => n.textContent).filter(t => t.trim() && !/[\\uAC00-\\uD7A3]/.test(t));"))
                .stream().map(String::valueOf).toList();
        assertEquals(List.of(), english);

        // WHEN she switches the page to English, THEN the page's words change; the card stays as Deskhand wrote it
        new Select(driver.findElement(By.id("lang"))).selectByValue("en");
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("label[for='me']"), "Acting as"));
        assertEquals("Message #accounts — try /kb refund policy, /escalate, /digest preview or @Deskhand …",
                driver.findElement(By.id("composer")).getAttribute("placeholder"));
        awaitMessage("@김민지 님이 처리 중", false);
        new Select(driver.findElement(By.id("lang"))).selectByValue("");
        actAs("U0ALEX");
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("label[for='me']"), "Acting as"));
    }
}
