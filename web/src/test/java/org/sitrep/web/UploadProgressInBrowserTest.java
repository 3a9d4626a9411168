package org.sitrep.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload page in Chromium: a progress bar while the job runs, then its outcome as text with links. */
class UploadProgressInBrowserTest {

    /** Holds the stand-in extraction, so that the page is caught while it shows progress. */
    static final CountDownLatch gate = new CountDownLatch(1);

    @RegisterExtension
    static final AppInBrowser web = AppInBrowser.onNewWorkspace((store, index) -> { })
            .extractingWith((store, progress) -> {
                progress.started(2);
                progress.documentDone("first");
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                progress.documentDone("second");
            });

    /** Lets a held extraction finish, so that the app can close. */
    @AfterAll
    static void releaseTheExtraction() {
        gate.countDown();
    }

    @Test
    void thePageShowsProgressThenTheOutcome(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("harbour report.txt");
        Files.writeString(report, "Harbour-progress-test: the ferry <b>Alcyone</b> docked at Tartus on 4 June 2016.");
        web.browser().visit(web.url() + "#/data", By.id("upload-documents"));
        WebElement token = web.browser().driver.findElement(By.id("token"));
        assertThat(token.getAttribute("type")).isEqualTo("password");
        assertThat(token.getAttribute("autocomplete")).isEqualTo("off");
        token.sendKeys(web.settings().writeToken());
        web.browser().driver.findElement(By.cssSelector("#upload-documents input[type=file]")).sendKeys(report.toString());
        web.browser().driver.findElement(By.cssSelector("#upload-documents button")).click();

        WebDriverWait wait = new WebDriverWait(web.browser().driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#upload-documents-out progress[max='2'][value='1']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-progress"),
                "Extracting: 1 of 2"));
        web.browser().screenshot("data-upload-progress");
        // a reload mid-upload finds the job still running and follows it
        web.browser().visit(web.url() + "#/data", By.id("upload-documents"));
        web.browser().driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-progress"),
                "Extracting: 1 of 2"));
        gate.countDown();

        WebElement outcome = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-outcome")));
        assertThat(outcome.getText()).contains("Added 1 document").doesNotContain("{");
        assertThat(web.browser().driver.findElements(By.cssSelector("#upload-documents-out progress"))).isEmpty();
        outcome.findElement(By.cssSelector("a[href^='#/documents/']")).click();
        WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        assertThat(text.getText()).contains("<b>Alcyone</b>");
        assertThat(web.browser().consoleErrors()).isEmpty();
    }
}
