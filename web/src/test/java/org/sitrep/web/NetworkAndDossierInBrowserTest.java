package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.sitrep.model.Document;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network explorer's state in the URL (a deep link reproduces its form, Back returns to the view before) and its
 * descriptions toggle; a document page that names its file but not the server's folder; the dossier's table of
 * contents, print style and JSON export.
 */
class NetworkAndDossierInBrowserTest {

    static Document hostile;

    @RegisterExtension
    static final AppInBrowser web = AppInBrowser.onNewWorkspace((store, index) -> {
        hostile = Fixtures.storeHostileDocument(store);
        Fixtures.storeHostileEntities(store, hostile);
        Fixtures.storeDescribedParty(store, hostile);
        index.sync(store);
    });

    private WebElement visit(String hash, String css) {
        return web.browser().visit(web.url() + hash, By.cssSelector(css));
    }

    private Object js(String script, Object... args) {
        return web.browser().driver.executeScript(script, args);
    }

    private WebElement find(String css) {
        return web.browser().driver.findElement(By.cssSelector(css));
    }

    private String hash() {
        return (String) js("return location.hash");
    }

    /** Waits until the drawing holds {@code n} parties (the page sets the count once it has drawn them). */
    private void awaitDrawn(int n) {
        web.browser().waiting().until(d -> String.valueOf(n).equals(
                d.findElement(By.id("cy")).getDomAttribute("data-nodes")));
    }

    @Test
    void aDeepLinkReproducesTheNetworkFormAndBackReturnsToIt() {
        visit("#/network?from=George+Haswani&to=Raqqa+Council&hops=3&descriptions=1", "#paths li");
        awaitDrawn(3);
        assertThat(find("#path-form input[name=from]").getDomProperty("value")).isEqualTo("George Haswani");
        assertThat(find("#path-form input[name=to]").getDomProperty("value")).isEqualTo("Raqqa Council");
        assertThat(find("#path-form input[name=hops]").getDomProperty("value")).isEqualTo("3");
        assertThat(find("#include-descriptions").isSelected()).isTrue();
        assertThat(web.browser().driver.findElements(By.cssSelector("#paths li"))).hasSize(1);
        assertThat(find("#paths").getText()).contains(Fixtures.DESCRIPTION);

        // Another view goes into the URL, keeping the toggle; Back redraws the paths with the form as it was.
        WebElement party = find("#expand-party");
        party.clear();
        party.sendKeys("George Haswani");
        find("#expand-form button[type=submit]").click();
        web.browser().waiting().until(d -> hash().contains("id=George+Haswani"));
        assertThat(hash()).contains("descriptions=1").doesNotContain("from=");
        awaitDrawn(3);
        web.browser().driver.navigate().back();
        web.browser().waiting().until(d -> !d.findElements(By.cssSelector("#paths li")).isEmpty());
        assertThat(hash()).contains("from=George+Haswani", "hops=3");
        assertThat(find("#path-form input[name=hops]").getDomProperty("value")).isEqualTo("3");
        assertThat(find("#include-descriptions").isSelected()).isTrue();
        assertThat(web.browser().consoleErrors()).isEmpty();
    }

    @Test
    void descriptionsAreLeftOutUntilTheToggleIncludesThem() {
        visit("#/network?id=george", "#include-descriptions");
        awaitDrawn(2);
        assertThat(find("#include-descriptions").isSelected()).isFalse();
        web.browser().waiting().until(d -> d.findElement(By.id("descriptions-note")).getText().contains("1 description"));
        assertThat(labels()).containsExactlyInAnyOrder("George Haswani", Fixtures.HOSTILE_NAME);

        find("#include-descriptions").click();
        web.browser().waiting().until(d -> hash().contains("descriptions=1"));
        assertThat(hash()).contains("id=george");
        awaitDrawn(3);
        assertThat(labels()).contains(Fixtures.DESCRIPTION);
        assertThat(find("#include-descriptions").isSelected()).isTrue();
        assertThat(find("#descriptions-note").getText()).isEmpty();
        web.browser().screenshot("network-with-descriptions");

        web.browser().driver.navigate().back();
        web.browser().waiting().until(d -> !hash().contains("descriptions"));
        awaitDrawn(2);
        assertThat(find("#include-descriptions").isSelected()).isFalse();
        assertThat(web.browser().consoleErrors()).isEmpty();
    }

    /** The captions of the parties drawn, read from the Cytoscape.js instance its container carries. */
    @SuppressWarnings("unchecked")
    private List<String> labels() {
        return (List<String>) js("return document.getElementById('cy')._cyreg.cy.nodes().map(n => n.data('label'));");
    }

    @Test
    void aDocumentPageNamesItsFileButNotTheServersFolder() {
        WebElement sources = visit("#/documents/" + hostile.id(), "#doc-sources li");
        assertThat(sources.getText()).contains("hostile.txt");
        assertThat(web.browser().driver.getPageSource()).doesNotContain("/reports/");
        assertThat(web.browser().consoleErrors()).isEmpty();
    }

    @Test
    void theDossiersTableOfContentsLeadsToItsSections() {
        // A short window, so that the dossier is taller than it and reaching a section means scrolling.
        web.browser().driver.manage().window().setSize(new Dimension(1000, 420));
        try {
            tableOfContentsLeadsToSections();
        } finally {
            web.browser().driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void tableOfContentsLeadsToSections() {
        visit("#/entities/george", "#dossier-toc a");
        web.browser().screenshot("dossier-toc");
        List<WebElement> links = web.browser().driver.findElements(By.cssSelector("#dossier-toc a"));
        assertThat(links).hasSizeGreaterThanOrEqualTo(5);
        for (WebElement link : links) {
            String key = link.getDomAttribute("data-section");
            assertThat(link.getDomAttribute("href")).isEqualTo("#/entities/george?section=" + key);
            assertThat(web.browser().driver.findElements(By.cssSelector("#section-" + key + " > h2")))
                    .as("section %s", key).hasSize(1);
        }

        web.browser().driver.findElement(By.cssSelector("#dossier-toc a[data-section=links]")).click();
        web.browser().waiting().until(d -> hash().endsWith("?section=links"));
        assertThat(js("return document.activeElement === document.querySelector('#section-links > h2')")).isEqualTo(true);
        assertThat(atTopOrAsFarAsItGoes("#section-links")).isTrue();
        assertThat(((Number) js("return window.scrollY")).doubleValue()).as("scrolled down to the section").isPositive();

        // The same link opened anew lands on its section.
        visit("#/entities/george?section=timeline", "#section-timeline");
        web.browser().waiting().until(d -> Boolean.TRUE.equals(
                js("return document.activeElement === document.querySelector('#section-timeline > h2')")));
        assertThat(atTopOrAsFarAsItGoes("#section-timeline")).isTrue();
        assertThat(((Number) js("return window.scrollY")).doubleValue()).as("scrolled down to the section").isPositive();
        assertThat(web.browser().consoleErrors()).isEmpty();
    }

    /** Whether the element stands at the top of the window, or the page is scrolled as far down as it goes. */
    private boolean atTopOrAsFarAsItGoes(String css) {
        return Boolean.TRUE.equals(js("const top = document.querySelector(arguments[0]).getBoundingClientRect().top;"
                + " return Math.abs(top) < 30 || window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;",
                css));
    }

    @Test
    void aPrintedDossierLeavesOutTheHeaderAndNavigation() {
        visit("#/entities/george", "#dossier-toc");
        try {
            web.browser().driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(find("header.bar").isDisplayed()).isFalse();
            assertThat(find("header.bar nav").isDisplayed()).isFalse();
            assertThat(find("#dossier-toc").isDisplayed()).isFalse();
            assertThat(find("#export-json").isDisplayed()).isFalse();
            assertThat(find("#entity-name").isDisplayed()).isTrue();
            assertThat(find("#section-links").isDisplayed()).isTrue();
        } finally {
            web.browser().driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(find("header.bar").isDisplayed()).isTrue();
    }

    @Test
    void theDossierExportsTheJsonItIsBuiltFrom() throws Exception {
        WebElement export = visit("#/entities/george", "#export-json");
        String href = export.getDomProperty("href");
        assertThat(href).isEqualTo(web.url() + "api/entity?id=george");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode dossier = new ObjectMapper().readTree(r.body());
        assertThat(dossier.get("id").asText()).isEqualTo("george");
        assertThat(dossier.get("caption").asText()).isEqualTo("George Haswani");
    }
}
