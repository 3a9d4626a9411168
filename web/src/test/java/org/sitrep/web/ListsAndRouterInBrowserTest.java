package org.sitrep.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.model.Document;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long lists, the router and the layout in a real browser, on a workspace of a few hundred reports: paging, sorting
 * and filters with their state in the URL; a slow page that loses the race to a later click; Back returning to the
 * place in the list; bidi controls and long words in hostile titles; a phone's width.
 */
class ListsAndRouterInBrowserTest {

    static final int REPORTS = 240;

    @RegisterExtension
    static final AppInBrowser web = AppInBrowser.onNewWorkspace((store, index) -> {
        Fixtures.storeReports(store, REPORTS);
        Document hostile = Fixtures.storeHostileDocument(store);
        Fixtures.storeHostileEntities(store, hostile);
        index.sync(store);
    });

    private WebDriverWait waiting() {
        return web.browser().waiting();
    }

    private WebElement visit(String hash, String css) {
        return web.browser().visit(web.url() + hash, By.cssSelector(css));
    }

    private Object js(String script, Object... args) {
        return web.browser().driver.executeScript(script, args);
    }

    private List<String> column(int index) {
        return web.browser().driver.findElements(By.cssSelector("#documents tbody tr td:nth-child(" + index + ")")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void aDeepLinkShowsTheFilteredSortedPageAndTheControlsKeepTheirStateInTheUrl() {
        web.browser().driver.manage().window().setSize(new Dimension(1400, 900));
        visit("#/documents?publisher=Upland+Herald&sort=date&offset=20", "#documents tbody tr");
        assertThat(column(3)).hasSize(49).containsOnly("Upland Herald");
        List<String> dates = column(1);
        assertThat(dates).isSorted();
        assertThat(dates.get(0)).as("the 21st Upland Herald report, oldest first").isEqualTo("2016-03-11");
        assertThat(web.browser().driver.findElement(By.cssSelector("#documents-pager .range")).getText())
                .isEqualTo("21–69 of 69");
        assertThat(web.browser().driver.findElement(By.id("document-filters-publisher")).getDomProperty("value"))
                .isEqualTo("Upland Herald");
        assertThat(web.browser().driver.getTitle()).isEqualTo("Documents – Sitrep");
        assertThat(web.browser().driver.findElement(By.cssSelector(".bar nav a[href='#/documents']")).getDomAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(web.browser().driver.findElement(By.cssSelector("th[aria-sort=ascending] a")).getText()).startsWith("Date");
        web.browser().screenshot("documents-filtered-1400");

        // Filters typed into the form go into the URL, and paging starts again at the first page.
        WebElement q = web.browser().driver.findElement(By.id("document-filters-q"));
        q.clear();
        q.sendKeys("report 10");
        web.browser().driver.findElement(By.id("document-filters-to")).sendKeys("2016-05-31");
        web.browser().driver.findElement(By.cssSelector("#document-filters button[type=submit]")).click();
        waiting().until(d -> ((String) js("return location.hash")).contains("q=report+10"));
        String hash = (String) js("return location.hash");
        assertThat(hash).contains("publisher=Upland+Herald", "to=2016-05-31", "sort=date").doesNotContain("offset");
        waiting().until(d -> d.findElement(By.cssSelector("#documents-pager .range")).getText().equals("1–5 of 5"));
        assertThat(column(2)).hasSize(5).allMatch(t -> t.contains("10"));

        // Newest first by default; the Date header turns the order round, and again; Next moves on by one page.
        visit("#/documents", "#documents tbody tr");
        assertThat(column(1).get(0)).isEqualTo("2016-08-28");
        web.browser().driver.findElement(By.cssSelector("th a[data-sort=date]")).click();
        waiting().until(d -> ((String) js("return location.hash")).contains("sort=date"));
        waiting().until(d -> column(1).size() == 50 && column(1).get(0).equals("2016-01-01"));
        web.browser().driver.findElement(By.cssSelector("th a[data-sort=date]")).click();
        waiting().until(d -> ((String) js("return location.hash")).contains("sort=-date"));
        waiting().until(d -> column(1).size() == 50 && column(1).get(0).equals("2016-08-28"));
        assertThat(web.browser().driver.findElement(By.cssSelector("#documents-pager .range")).getText())
                .isEqualTo("1–50 of " + (REPORTS + 2));
        web.browser().driver.findElement(By.cssSelector("#documents-pager a.next")).click();
        waiting().until(d -> d.findElement(By.cssSelector("#documents-pager .range")).getText().startsWith("51–100"));
        assertThat((String) js("return location.hash")).contains("offset=50");
        assertThat(web.browser().consoleErrors()).isEmpty();
    }

    @Test
    void theSecondOfTwoQuickClicksWinsAndTheSlowPageSaysItIsLoading() {
        visit("#/", "#status");
        // Hold back every answer of the claims API until the test lets it through; the router must not wait for it.
        js("""
                const real = window.fetch;
                window.realFetch = real;
                window.heldBack = [];
                window.fetch = (url, init) => String(url).startsWith('/api/claims')
                  ? new Promise(resolve => window.heldBack.push(resolve)).then(() => real(url, init))
                      .finally(() => { window.staleSettled = true; })
                  : real(url, init);
                """);
        web.browser().driver.findElement(By.cssSelector(".bar nav a[href='#/claims']")).click();
        WebElement loading = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("loading")));
        assertThat(loading.getText()).isEqualTo("Loading claims…");
        assertThat(web.browser().driver.getTitle()).isEqualTo("Claims (loading) – Sitrep");
        assertThat(web.browser().driver.findElements(By.id("status"))).as("the old page is gone").isEmpty();

        web.browser().driver.findElement(By.cssSelector(".bar nav a[href='#/documents']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents tbody tr")));
        js("window.heldBack.forEach(release => release());");
        waiting().until(d -> Boolean.TRUE.equals(js("return window.staleSettled === true")));
        // Let every callback queued by the late answer run before looking again.
        web.browser().driver.executeAsyncScript("const done = arguments[0]; setTimeout(done, 0);");
        assertThat(web.browser().driver.findElements(By.id("assessments"))).as("the late claims answer is dropped").isEmpty();
        assertThat(web.browser().driver.findElements(By.id("documents"))).hasSize(1);
        assertThat((String) js("return location.hash")).isEqualTo("#/documents");
        assertThat(web.browser().driver.getTitle()).isEqualTo("Documents – Sitrep");
        assertThat((String) js("return document.activeElement.tagName + ':' + document.activeElement.textContent"))
                .as("focus moves to the new page's heading").isEqualTo("H1:Documents");
        js("window.fetch = window.realFetch;");
        web.browser().consoleErrors();
    }

    @Test
    void backReturnsToThePlaceInTheList() {
        web.browser().driver.manage().window().setSize(new Dimension(1400, 900));
        visit("#/documents?sort=title", "#documents tbody tr");
        js("window.scrollTo(0, 900);");
        waiting().until(d -> Long.valueOf(900).equals(js("return history.state && history.state.scrollY")));
        WebElement link = web.browser().driver.findElements(By.cssSelector("#documents tbody tr td:nth-child(2) a")).get(30);
        String title = link.getText();
        js("arguments[0].click();", link);
        WebElement heading = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("doc-title")));
        assertThat(heading.getText()).isEqualTo(title);
        assertThat(((Number) js("return window.scrollY")).intValue()).as("a new page starts at its top").isZero();

        web.browser().driver.navigate().back();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents tbody tr")));
        waiting().until(d -> ((Number) js("return window.scrollY")).intValue() == 900);
        assertThat(web.browser().driver.getTitle()).isEqualTo("Documents – Sitrep");
        web.browser().consoleErrors();
    }

    /** The x positions of the first and last characters of an element's text, as laid out. */
    @SuppressWarnings("unchecked")
    private List<Number> firstAndLastX(WebElement element) {
        return (List<Number>) js("""
                const node = [...arguments[0].childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
                const text = node.textContent;
                const at = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                                  return r.getBoundingClientRect().left; };
                const first = text.search(/\\S/);
                return [at(first), at(text.trimEnd().length - 1)];
                """, element);
    }

    @Test
    void anUnterminatedRightToLeftOverrideStaysInsideItsTitle() {
        web.browser().driver.manage().window().setSize(new Dimension(1400, 900));
        visit("#/search?q=mediators", "#results li");
        WebElement hit = web.browser().driver.findElement(By.cssSelector("#results li"));
        assertThat(hit.findElement(By.cssSelector("a bdi")).getText()).contains("Ceasefire talks resume");
        WebElement date = hit.findElement(By.cssSelector("span.muted"));
        assertThat(date.getText()).isEqualTo("2016-08-28");
        List<Number> x = firstAndLastX(date);
        assertThat(x.get(0).doubleValue()).as("the date after the title still reads left to right")
                .isLessThan(x.get(1).doubleValue());
        web.browser().screenshot("search-bidi-1400");

        visit("#/documents?publisher=Organization+Monitor", "#documents tbody tr");
        WebElement publisher = web.browser().driver.findElement(By.cssSelector("#documents tbody tr td:nth-child(3) bdi"));
        List<Number> px = firstAndLastX(publisher);
        assertThat(px.get(0).doubleValue()).as("the publisher beside the title is not reversed")
                .isLessThan(px.get(1).doubleValue());
        web.browser().consoleErrors();
    }

    @Test
    void atAPhonesWidthNoPageScrollsSideways() {
        List<String[]> pages = List.of(
                new String[] {"#/", "#status", "home"},
                new String[] {"#/documents", "#documents tbody tr", "documents"},
                new String[] {"#/search?q=mediators", "#results li", "search"},
                new String[] {"#/entities/" + Fixtures.HOSTILE_ENTITY, "#entity-name", "dossier"},
                new String[] {"#/claims", "#view h1", "claims"},
                new String[] {"#/incidents", "#view h1", "incidents"},
                new String[] {"#/screening", "#screen-form", "screening"},
                new String[] {"#/data", "#exports", "data"});
        for (int width : new int[] {1024, 390}) {
            web.browser().driver.manage().window().setSize(new Dimension(width, 844));
            for (String[] page : pages) {
                visit(page[0], page[1]);
                assertThat(web.browser().driver.findElements(By.id("error"))).as(page[0]).extracting(WebElement::getText).isEmpty();
                assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                        .as(page[0] + " at " + width + " px").isLessThanOrEqualTo(
                                ((Number) js("return document.documentElement.clientWidth")).intValue());
                web.browser().screenshot("narrow-" + page[2] + "-" + width);
            }
        }
        visit("#/search?q=mediators", "#results li a");
        web.browser().driver.findElement(By.cssSelector("#results li a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as("a long word in the text wraps").isLessThanOrEqualTo(390);
        web.browser().screenshot("narrow-document-390");
        web.browser().driver.manage().window().setSize(new Dimension(1400, 900));
        web.browser().consoleErrors();
    }
}
