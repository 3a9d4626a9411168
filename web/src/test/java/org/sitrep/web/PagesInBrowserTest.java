package org.sitrep.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page in a real browser, on a workspace holding a document full of script and HTML injection. */
class PagesInBrowserTest {

    @TempDir
    static Path dir;

    static EvidenceStore store;
    static SearchIndex index;
    static WebApp.Settings settings;
    static WebApp app;
    static Browser browser;
    static Document hostile;

    @BeforeAll
    static void start() {
        store = EvidenceStore.embedded(dir.resolve("db"));
        index = SearchIndex.open(dir.resolve("index"));
        hostile = Fixtures.storeHostileDocument(store);
        Fixtures.storeHostileEntities(store, hostile);
        index.sync(store);
        settings = WebApp.Settings.defaults().withPort(0);
        app = WebApp.start(settings, store, index);
        browser = Browser.open(dir.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
        index.close();
        store.close();
    }

    private WebElement visit(String hash, String waitForId) {
        return browser.visit(app.url() + hash, By.id(waitForId));
    }

    private void assertNothingRan() {
        Object pwned = browser.driver.executeScript("return window.pwned === undefined ? null : window.pwned;");
        assertThat(pwned).as("injected script ran").isNull();
        assertThat(browser.driver.getTitle()).isNotEqualTo("pwned");
        assertThat(browser.driver.findElements(By.cssSelector("#view script, #view img, #view iframe"))).isEmpty();
    }

    @Test
    void homePageShowsTheWorkspace() {
        WebElement status = visit("#/", "status");
        assertThat(status.getText()).contains("Documents");
        browser.screenshot("home");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void documentsPageListsHostileTitlesAsText() {
        WebElement table = visit("#/documents", "documents");
        assertThat(table.getText()).contains(Fixtures.HOSTILE_TITLE);
        browser.screenshot("documents");
        assertNothingRan();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void searchLeadsToTheDocumentWithItsEvidenceHighlighted() {
        browser.driver.get(app.url());
        WebElement input = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("search-input")));
        input.sendKeys("Haswani");
        browser.driver.findElement(By.cssSelector("#search-form button")).click();
        WebElement results = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertThat(results.getText()).contains("George Haswani");
        browser.screenshot("search");
        assertNothingRan();

        String text = hostile.text();
        int start = text.codePointCount(0, text.indexOf("George Haswani"));
        Span evidence = Span.of(text, start, start + "George Haswani".length());
        visit("#/documents/" + hostile.id() + "?start=" + evidence.start() + "&end=" + evidence.end(), "doc-text");
        WebElement mark = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
        assertThat(mark.getText()).isEqualTo(evidence.text());
        assertThat(browser.driver.findElement(By.id("doc-text")).getText()).contains("<script>window.pwned = 1;");
        browser.screenshot("document");
        assertNothingRan();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void hostileNamesStayTextInTheDossierTheExplorerAndSearch() {
        WebElement name = visit("#/entities/" + Fixtures.HOSTILE_ENTITY, "entity-name");
        assertThat(name.getText()).contains(Fixtures.HOSTILE_NAME);
        browser.screenshot("hostile-dossier");
        assertNothingRan();

        visit("#/network?id=" + Fixtures.HOSTILE_ENTITY, "graph-status");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                "2".equals(d.findElement(org.openqa.selenium.By.id("cy")).getDomAttribute("data-nodes")));
        browser.screenshot("hostile-network");
        assertNothingRan();

        visit("#/search?q=Hesco", "entity-results");
        assertThat(browser.driver.findElement(By.id("entity-results")).getText()).contains(Fixtures.HOSTILE_NAME);
        browser.screenshot("hostile-search");
        assertNothingRan();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void unknownPagesAndFailedCallsSayWhatWentWrong() {
        WebElement error = visit("#/entities/nobody", "error");
        assertThat(error.getText()).contains("no such entity");
        browser.consoleErrors(); // the failed fetch is logged by the browser itself
    }

    @Test
    void aDocumentUploadedWithTheTokenIsSearchableAndInert() throws Exception {
        Path report = dir.resolve("upload <b>bold<b>.html");
        java.nio.file.Files.writeString(report, "<html><head><title>Convoy <script>window.pwned=4</script></title></head>"
                + "<body><p>The convoy of Qatirji trucks <img src=x onerror=\"window.pwned=5\"> reached Raqqa.</p></body></html>");
        visit("#/data", "exports");
        browser.driver.findElement(By.id("token")).sendKeys(settings.writeToken());
        browser.driver.findElement(By.cssSelector("#upload-documents input[type=file]")).sendKeys(report.toString());
        browser.driver.findElement(By.cssSelector("#upload-documents button")).click();
        WebElement result = new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-outcome")));
        assertThat(result.getText()).contains("Added 1 document");
        assertThat(result.findElements(By.cssSelector("a[href^='#/documents/']"))).hasSize(1);
        browser.screenshot("data-upload");

        visit("#/search?q=Qatirji", "results");
        browser.driver.findElement(By.cssSelector("#results a")).click();
        WebElement text = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        assertThat(text.getText()).contains("Qatirji");
        assertNothingRan();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
