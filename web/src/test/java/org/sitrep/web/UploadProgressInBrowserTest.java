package org.sitrep.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload page in Chromium: a progress bar while the job runs, then its outcome as text with links. */
class UploadProgressInBrowserTest {

    @TempDir
    static Path dir;

    static EvidenceStore store;
    static SearchIndex index;
    static WebApp.Settings settings;
    static WebApp app;
    static Browser browser;
    /** Holds the stand-in extraction, so that the page is caught while it shows progress. */
    static final CountDownLatch gate = new CountDownLatch(1);

    @BeforeAll
    static void start() {
        store = EvidenceStore.embedded(dir.resolve("db"));
        index = SearchIndex.open(dir.resolve("index"));
        settings = WebApp.Settings.defaults().withPort(0);
        app = WebApp.start(settings, store, index, (s, progress) -> {
            progress.started(2);
            progress.documentDone("first");
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.documentDone("second");
        });
        browser = Browser.open(dir.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        gate.countDown();
        if (browser != null) {
            browser.close();
        }
        app.close();
        index.close();
        store.close();
    }

    @Test
    void thePageShowsProgressThenTheOutcome() throws Exception {
        Path report = dir.resolve("harbour report.txt");
        Files.writeString(report, "Harbour-progress-test: the ferry <b>Alcyone</b> docked at Tartus on 4 June 2016.");
        browser.visit(app.url() + "#/data", By.id("upload-documents"));
        WebElement token = browser.driver.findElement(By.id("token"));
        assertThat(token.getAttribute("type")).isEqualTo("password");
        assertThat(token.getAttribute("autocomplete")).isEqualTo("off");
        token.sendKeys(settings.writeToken());
        browser.driver.findElement(By.cssSelector("#upload-documents input[type=file]")).sendKeys(report.toString());
        browser.driver.findElement(By.cssSelector("#upload-documents button")).click();

        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#upload-documents-out progress[max='2'][value='1']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-progress"),
                "Extracting: 1 of 2"));
        browser.screenshot("data-upload-progress");
        // a reload mid-upload finds the job still running and follows it
        browser.visit(app.url() + "#/data", By.id("upload-documents"));
        browser.driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-progress"),
                "Extracting: 1 of 2"));
        gate.countDown();

        WebElement outcome = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-outcome")));
        assertThat(outcome.getText()).contains("Added 1 document").doesNotContain("{");
        assertThat(browser.driver.findElements(By.cssSelector("#upload-documents-out progress"))).isEmpty();
        outcome.findElement(By.cssSelector("a[href^='#/documents/']")).click();
        WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        assertThat(text.getText()).contains("<b>Alcyone</b>");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
