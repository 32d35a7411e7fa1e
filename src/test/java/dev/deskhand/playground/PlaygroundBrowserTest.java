package dev.deskhand.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
        WebElement answer = awaitMessage("Only visible to you", true);
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
}
