package org.sitrep.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.screen.Query;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.watch.WatchFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Screening page's watch card in a real browser: a re-screening's hits, and a decision recorded on one. */
class WatchInBrowserTest {

    @RegisterExtension
    static final AppInBrowser web = AppInBrowser.onNewWorkspace((store, index) -> {
        ListStore lists = new ListStore(store);
        try {
            for (ListSnapshot s : new ListReader().readAll(Path.of(System.getProperty("sitrep.home", "..")).resolve("demo/lists"))) {
                lists.load(s);
            }
        } catch (org.sitrep.lists.ListFormatException e) {
            throw new IllegalStateException(e);
        }
    });

    @Test
    void theHitsOfAReScreeningAreShownAndAFalseMatchRecordedOnOneIsShownAsItsDecision() throws IOException {
        WatchFolder watch = new WatchFolder(web.watchFolder());
        watch.saveWatchlist(List.of(new Query("w1", "Turki al-Binali", "Person", "1984-09-03", null, List.of())));
        watch.rescreen(List.of(), new ListStore(web.store()).activeLists(), "lists import", ScreeningSettings.defaults());
        WebElement row = web.browser().visit(web.url() + "#/screening", By.cssSelector("#watch tr.watch-new"));
        assertThat(row.getText()).contains("Turki al-Binali").contains("19449").contains("not reviewed");
        assertThat(web.browser().driver.findElement(By.id("watch")).getText()).contains("1 watched party");

        web.browser().driver.executeScript("sessionStorage.setItem('sitrep-token', arguments[0]);", web.settings().writeToken());
        new Select(row.findElement(By.name("decision"))).selectByValue("false");
        row.findElement(By.name("note")).sendKeys("a namesake, other father");
        row.findElement(By.name("by")).sendKeys("analyst-5");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        web.browser().waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#watch tr.watch-new"), "false match by analyst-5"));
        assertThat(web.browser().driver.findElement(By.cssSelector("#watch tr.watch-new")).getText())
                .contains("a namesake, other father").doesNotContain("decide again");
        assertThat(web.browser().driver.findElement(By.id("reviews-csv")).isDisplayed()).isTrue();
        assertThat(web.browser().consoleErrors()).isEmpty();

        // on a phone the card's table scrolls inside itself, never the page sideways
        web.browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        try {
            web.browser().visit(web.url() + "#/screening", By.cssSelector("#watch tr.watch-new"));
            web.browser().screenshot("watch-390");
            assertThat(((Number) web.browser().driver.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(((Number) web.browser().driver
                            .executeScript("return document.documentElement.clientWidth")).intValue());
        } finally {
            web.browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
