package org.sitrep.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListStore;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page in a real browser on the demo workspace, and the journeys a reader makes through them. */
class DemoPagesInBrowserTest {

    @RegisterExtension
    static final AppInBrowser web = AppInBrowser.onDemoWorkspace();

    private WebDriverWait waiting() {
        return web.browser().waiting();
    }

    private WebElement visit(String hash, String waitFor) {
        return web.browser().visit(web.url() + hash, By.cssSelector(waitFor));
    }

    private void noConsoleErrors(String page) {
        assertThat(web.browser().consoleErrors()).as("console errors on " + page).isEmpty();
        assertThat(web.browser().driver.findElements(By.id("error"))).as("error shown on " + page).isEmpty();
    }

    @Test
    void everyPageLoadsWithoutConsoleErrors() {
        List<String[]> pages = List.of(
                new String[] {"#/", "#status", "demo-home"},
                new String[] {"#/documents", "#documents", "demo-documents"},
                new String[] {"#/search?q=Shishani", "#entity-results", "demo-search"},
                new String[] {"#/entities/us-ofac-sdn%3A18996", "#designations", "demo-dossier"},
                new String[] {"#/network?id=Hesco", "#cy[data-nodes]:not([data-nodes='0'])", "demo-network"},
                new String[] {"#/network?exposure=Hesco", "#exposures li", "demo-network-exposure"},
                new String[] {"#/map", "#map[data-markers]", "demo-map"},
                new String[] {"#/timeline", "#chart-per-day", "demo-timeline"},
                new String[] {"#/incidents", "#incidents", "demo-incidents"},
                new String[] {"#/claims", "#assessments", "demo-claims"},
                new String[] {"#/claims?status=disputed", "#assessments", "demo-claims-disputed"},
                new String[] {"#/screening", "#screen-form", "demo-screening"},
                new String[] {"#/data", "#exports", "demo-data"});
        // Every page at a desktop's width and a phone's: screenshots of both, and no sideways scrolling on the phone.
        for (int width : new int[] {1400, 390}) {
            web.browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            for (String[] page : pages) {
                visit(page[0], page[1]);
                web.browser().screenshot(page[2] + "-" + width);
                noConsoleErrors(page[0]);
                assertThat(((Number) web.browser().driver.executeScript("return document.documentElement.scrollWidth")).intValue())
                        .as(page[0] + " at " + width + " px scrolls sideways").isLessThanOrEqualTo(((Number) web.browser().driver
                                .executeScript("return document.documentElement.clientWidth")).intValue());
            }
        }
        web.browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        visit("#/timeline", "#chart-per-day");
        assertThat(web.browser().driver.findElements(By.cssSelector("#chart-ceasefire rect"))).isNotEmpty();
        assertThat(web.browser().driver.findElements(By.cssSelector("#chart-casualties .band"))).isNotEmpty();
    }

    @Test
    void theTimelineSpacesDaysByTimeAndABarOpensItsEvents() {
        visit("#/timeline?unit=day", "#chart-per-day a.bar");
        // On a time axis the distance between two bars is proportional to the days between them.
        @SuppressWarnings("unchecked")
        List<List<Object>> bars = (List<List<Object>>) web.browser().driver.executeScript("""
                const seen = new Map();
                for (const a of document.querySelectorAll('#chart-per-day a.bar')) {
                  if (!seen.has(a.dataset.from)) seen.set(a.dataset.from, Number(a.querySelector('rect').getAttribute('x')));
                }
                return [...seen].sort((p, q) => p[0] < q[0] ? -1 : 1);
                """);
        assertThat(bars.size()).isGreaterThanOrEqualTo(3);
        double perDay = Double.NaN;
        for (int i = 1; i < bars.size(); i++) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse((String) bars.get(i - 1).get(0)),
                    java.time.LocalDate.parse((String) bars.get(i).get(0)));
            double dx = ((Number) bars.get(i).get(1)).doubleValue() - ((Number) bars.get(i - 1).get(1)).doubleValue();
            if (Double.isNaN(perDay)) {
                perDay = dx / days;
            }
            assertThat(dx / days).as("pixels per day between " + bars.get(i - 1).get(0) + " and " + bars.get(i).get(0))
                    .isCloseTo(perDay, org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(web.browser().driver.findElement(By.id("chart-per-day")).getDomAttribute("aria-label")).contains("events on");
        assertThat(web.browser().driver.findElements(By.cssSelector("#per-bin-table tbody tr"))).hasSize(bars.size());

        WebElement bar = web.browser().driver.findElement(By.cssSelector("#chart-per-day a.bar"));
        String day = bar.getDomAttribute("data-from");
        String type = bar.getDomAttribute("data-type");
        web.browser().driver.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", bar);
        WebElement behind = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bar-events li")));
        assertThat(behind.getText()).contains(day);
        assertThat((String) web.browser().driver.executeScript("return location.hash")).contains("bin_from=" + day);
        web.browser().screenshot("timeline-bar-events");

        // Every reported death toll is a row with its whole label.
        List<WebElement> tolls = web.browser().driver.findElements(By.cssSelector("#chart-casualties .cas-row:not(.cas-head)"));
        assertThat(tolls).isNotEmpty().allMatch(row -> row.getText().contains(":"));
        assertThat(type).isNotBlank();
        noConsoleErrors("timeline");
    }

    @Test
    void searchLeadsToTheDossierAndEvidenceToTheDocument() {
        web.browser().driver.get(web.url());
        WebElement input = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-input")));
        input.sendKeys("Haswani");
        web.browser().driver.findElement(By.cssSelector("#search-form button")).click();
        WebElement results = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entity-results")));
        results.findElement(By.cssSelector("a.designated")).click();
        WebElement name = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
        assertThat(name.getText()).containsIgnoringCase("haswani").contains("sanctioned");
        web.browser().screenshot("journey-dossier");

        WebElement quote = web.browser().driver.findElement(By.cssSelector("#names a.quote"));
        String quoted = quote.getText().replaceAll("^“|”$", "");
        quote.click();
        WebElement mark = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
        assertThat(mark.getText()).isEqualTo(quoted);
        assertThat(web.browser().driver.findElement(By.id("doc-text")).getText()).contains(quoted);
        web.browser().screenshot("journey-document");
        noConsoleErrors("journey");
    }

    @Test
    void nameBoxesOfferPartiesAsTheReaderTypes() {
        visit("#/network", "#expand-party");
        WebElement box = web.browser().driver.findElement(By.id("expand-party"));
        box.sendKeys("haswa");
        waiting().until(d -> box.getDomAttribute("data-suggestions") != null
                && !"0".equals(box.getDomAttribute("data-suggestions")));
        List<String> offered = web.browser().driver.findElements(By.cssSelector("#" + box.getDomAttribute("list") + " option"))
                .stream().map(o -> o.getDomAttribute("value")).toList();
        assertThat(offered).isNotEmpty().allMatch(v -> !v.matches("[a-z-]+:\\d+")).anyMatch(v -> v.toLowerCase().contains("haswani"));
        // A link that carries an id shows the party's name in the actor box, not the id.
        visit("#/map?actor=us-ofac-sdn%3A18996", "#map[data-markers]");
        waiting().until(d -> !d.findElement(By.id("map-actor")).getDomProperty("value").contains("us-ofac-sdn"));
        noConsoleErrors("name boxes");
    }

    @Test
    void theExplorerFindsAPathBetweenTwoParties() {
        visit("#/network", "#path-form");
        web.browser().driver.findElement(By.cssSelector("#path-form input[name=from]")).sendKeys("Hesco");
        web.browser().driver.findElement(By.cssSelector("#path-form input[name=to]")).sendKeys("George Haswani");
        web.browser().driver.findElement(By.cssSelector("#path-form button")).click();
        WebElement paths = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#paths li")));
        assertThat(paths.getText()).containsIgnoringCase("hesco").containsIgnoringCase("haswani");
        assertThat((String) web.browser().driver.executeScript("return location.hash")).as("the form's state is in the URL")
                .isEqualTo("#/network?from=Hesco&to=George+Haswani&hops=4");
        assertThat(Integer.parseInt(web.browser().driver.findElement(By.id("cy")).getDomAttribute("data-edges"))).isPositive();
        paths.findElement(By.cssSelector("a.edge-link")).click();
        WebElement evidence = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("edge-evidence")));
        assertThat(evidence.getText()).isNotBlank();
        web.browser().screenshot("network-path");
        noConsoleErrors("network path");
        List<WebElement> quotes = evidence.findElements(By.cssSelector("a.quote"));
        if (!quotes.isEmpty()) { // a link read from a report (not from a list record) leads to its sentence
            String quoted = quotes.get(0).getText().replaceAll("^“|”$", "");
            quotes.get(0).click();
            assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evidence"))).getText())
                    .isEqualTo(quoted);
        }
    }

    @Test
    void theScreeningFormReturnsTheListedAlias() {
        ListEntity listed = new ListStore(DemoWorkspace.store()).entity("us-ofac-sdn", "19449").orElseThrow();
        assertThat(listed.strongAliases()).contains("AL-BENALI, Turki");

        visit("#/screening", "#screen-form");
        web.browser().driver.findElement(By.id("screen-name")).sendKeys("Turki al-Benali");
        web.browser().driver.findElement(By.cssSelector("#screen-form button")).click();
        WebElement best = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#screen-results tbody tr .matched-name")));
        assertThat(best.getText()).isEqualTo("AL-BENALI, Turki");
        assertThat(web.browser().driver.findElement(By.cssSelector("#screen-results .explanation")).getText()).contains("name");
        assertThat((String) web.browser().driver.executeScript("return location.hash")).isEqualTo("#/screening?name=Turki+al-Benali");
        WebElement versions = web.browser().driver.findElement(By.id("list-versions"));
        assertThat(versions.getText()).contains("us-ofac-sdn");
        assertThat(versions.findElement(By.cssSelector("td.hash")).getText()).matches("[0-9a-f]{64}");
        web.browser().screenshot("screening-result");
        noConsoleErrors("screening");

        // A deep link with every input reproduces the screening; the CSV export carries the inputs and the very score
        // shown (the penalties of a birth date and country that disagree included).
        visit("#/screening?name=Turki+al-Benali&schema=Person&country=FR&birth_date=1990-05-05&hits=1",
                "#screen-results");
        assertThat(web.browser().driver.findElement(By.id("screen-country")).getDomProperty("value")).isEqualTo("FR");
        assertThat(web.browser().driver.findElement(By.id("screen-birth-date")).getDomProperty("value")).isEqualTo("1990-05-05");
        assertThat(web.browser().driver.findElement(By.id("hits-only")).isSelected()).isTrue();
        assertThat(web.browser().driver.findElements(By.cssSelector("#screen-results tr.review"))).as("hits only").isEmpty();
        List<WebElement> scores = web.browser().driver.findElements(By.cssSelector("#screen-results .score"));
        String csv = (String) web.browser().driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/screen?name=Turki+al-Benali&schema=Person&country=FR&birth_date=1990-05-05&format=csv')"
                + ".then(r => r.text()).then(done);");
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        assertThat(header).contains("query_name", "query_schema", "query_country", "query_birth_date", "score",
                "feature_scores", "list_sha256", "list_records", "list_imported_at", "screened_at");
        if (!scores.isEmpty()) {
            assertThat(csv).contains("Turki al-Benali,Person,FR,1990-05-05,")
                    .contains("," + scores.get(0).getText() + ",");
        }
        web.browser().screenshot("screening-deep-link");
        noConsoleErrors("screening deep link");
    }

    @Test
    void aCsvOfNamesIsScreenedWithExplanations(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("names.csv");
        java.nio.file.Files.writeString(csv, "id,name,schema\nc1,George Haswani,Person\nc2,Zzyzx Qwertyuiop,\n");
        visit("#/screening", "#screen-csv-form");
        web.browser().driver.findElement(By.id("screen-file")).sendKeys(csv.toString());
        web.browser().driver.findElement(By.cssSelector("#screen-csv-form button")).click();
        WebElement results = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#screen-results")));
        List<WebElement> sections = results.findElements(By.cssSelector("section"));
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).getText()).containsIgnoringCase("HASWANI, George").contains("name");
        assertThat(sections.get(1).getText()).contains("No listed party");
        assertThat(web.browser().driver.findElement(By.id("download-csv")).isDisplayed()).isTrue();
        web.browser().screenshot("screening-csv");
        noConsoleErrors("screening csv");
    }
}
