package org.sitrep.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.model.Document;
import org.sitrep.model.Span;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page in a real browser, on a workspace holding a document full of script and HTML injection. */
class PagesInBrowserTest {

    static Document hostile;

    @RegisterExtension
    static final AppInBrowser web = AppInBrowser.onNewWorkspace((store, index) -> {
        hostile = Fixtures.storeHostileDocument(store);
        Fixtures.storeHostileEntities(store, hostile);
        index.sync(store);
    });

    private WebElement visit(String hash, String waitForId) {
        return web.browser().visit(web.url() + hash, By.id(waitForId));
    }

    private void assertNothingRan() {
        Object pwned = web.browser().driver.executeScript("return window.pwned === undefined ? null : window.pwned;");
        assertThat(pwned).as("injected script ran").isNull();
        assertThat(web.browser().driver.getTitle()).isNotEqualTo("pwned");
        assertThat(web.browser().driver.findElements(By.cssSelector("#view script, #view img, #view iframe"))).isEmpty();
    }

    @Test
    void homePageShowsTheWorkspace() {
        WebElement status = visit("#/", "status");
        assertThat(status.getText()).contains("Documents");
        web.browser().screenshot("home");
        assertThat(web.browser().consoleErrors()).isEmpty();
    }

    @Test
    void documentsPageListsHostileTitlesAsText() {
        WebElement table = visit("#/documents", "documents");
        assertThat(table.getText()).contains(Fixtures.HOSTILE_TITLE);
        web.browser().screenshot("documents");
        assertNothingRan();
        assertThat(web.browser().consoleErrors()).isEmpty();
    }

    @Test
    void searchLeadsToTheDocumentWithItsEvidenceHighlighted() {
        web.browser().driver.get(web.url());
        WebElement input = new WebDriverWait(web.browser().driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("search-input")));
        input.sendKeys("Haswani");
        web.browser().driver.findElement(By.cssSelector("#search-form button")).click();
        WebElement results = new WebDriverWait(web.browser().driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertThat(results.getText()).contains("George Haswani");
        web.browser().screenshot("search");
        assertNothingRan();

        String text = hostile.text();
        int start = text.codePointCount(0, text.indexOf("George Haswani"));
        Span evidence = Span.of(text, start, start + "George Haswani".length());
        visit("#/documents/" + hostile.id() + "?start=" + evidence.start() + "&end=" + evidence.end(), "doc-text");
        WebElement mark = new WebDriverWait(web.browser().driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
        assertThat(mark.getText()).isEqualTo(evidence.text());
        assertThat(web.browser().driver.findElement(By.id("doc-text")).getText()).contains("<script>window.pwned = 1;");
        web.browser().screenshot("document");
        assertNothingRan();
        assertThat(web.browser().consoleErrors()).isEmpty();
    }

    @Test
    void hostileNamesStayTextInTheDossierTheExplorerAndSearch() {
        WebElement name = visit("#/entities/" + Fixtures.HOSTILE_ENTITY, "entity-name");
        assertThat(name.getText()).contains(Fixtures.HOSTILE_NAME);
        web.browser().screenshot("hostile-dossier");
        assertNothingRan();

        visit("#/network?id=" + Fixtures.HOSTILE_ENTITY, "graph-status");
        new WebDriverWait(web.browser().driver, Duration.ofSeconds(10)).until(d ->
                "2".equals(d.findElement(org.openqa.selenium.By.id("cy")).getDomAttribute("data-nodes")));
        web.browser().screenshot("hostile-network");
        assertNothingRan();

        visit("#/search?q=Hesco", "entity-results");
        assertThat(web.browser().driver.findElement(By.id("entity-results")).getText()).contains(Fixtures.HOSTILE_NAME);
        web.browser().screenshot("hostile-search");
        assertNothingRan();
        assertThat(web.browser().consoleErrors()).isEmpty();
    }

    @Test
    void unknownPagesAndFailedCallsSayWhatWentWrong() {
        WebElement error = visit("#/entities/nobody", "error");
        assertThat(error.getText()).contains("no such entity");
        web.browser().consoleErrors(); // the failed fetch is logged by the browser itself
    }

    @Test
    void aDocumentUploadedWithTheTokenIsSearchableAndInert(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("upload <b>bold<b>.html");
        java.nio.file.Files.writeString(report, "<html><head><title>Convoy <script>window.pwned=4</script></title></head>"
                + "<body><p>The convoy of Qatirji trucks <img src=x onerror=\"window.pwned=5\"> reached Raqqa.</p></body></html>");
        visit("#/data", "exports");
        web.browser().driver.findElement(By.id("token")).sendKeys(web.settings().writeToken());
        web.browser().driver.findElement(By.cssSelector("#upload-documents input[type=file]")).sendKeys(report.toString());
        web.browser().driver.findElement(By.cssSelector("#upload-documents button")).click();
        WebElement result = new WebDriverWait(web.browser().driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-outcome")));
        assertThat(result.getText()).contains("Added 1 document");
        assertThat(result.findElements(By.cssSelector("a[href^='#/documents/']"))).hasSize(1);
        web.browser().screenshot("data-upload");

        visit("#/search?q=Qatirji", "results");
        web.browser().driver.findElement(By.cssSelector("#results a")).click();
        WebElement text = new WebDriverWait(web.browser().driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        assertThat(text.getText()).contains("Qatirji");
        assertNothingRan();
        assertThat(web.browser().consoleErrors()).isEmpty();
    }
}
