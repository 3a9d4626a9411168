package org.sitrep.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network explorer with 5,000 parties: it draws them and answers pan and zoom. The times are logged as
 * measurements (target/explorer-5000.txt), not asserted.
 */
class LargeGraphInBrowserTest {

    static final int PARTIES = 5000;

    @RegisterExtension
    static final AppInBrowser web = AppInBrowser.onNewWorkspace((store, index) -> {
        store.inTransaction(tx -> {
            List<Link> links = new ArrayList<>();
            for (int i = 0; i < PARTIES; i++) {
                tx.ensureEntity("p" + i, i % 10 == 0 ? "Person" : "Company", "Party " + i, Instant.EPOCH);
                if (i > 0) {
                    // A random-looking tree: each party linked to an earlier one, listed as the evidence.
                    int parent = (int) ((i * 2654435761L) % i);
                    links.add(new Link("l" + i, "ownership", "p" + parent, "p" + i, "asserted", null,
                            new Provenance.FromList("synthetic", "r" + i, "test", Instant.EPOCH)));
                }
            }
            tx.insertLinks(links);
            return null;
        });
    });

    @Test
    void theExplorerDrawsFiveThousandPartiesAndStaysResponsive() throws Exception {
        long start = System.nanoTime();
        web.browser().driver.get(web.url() + "#/network?all=1&limit=" + PARTIES);
        new org.openqa.selenium.support.ui.WebDriverWait(web.browser().driver, Duration.ofSeconds(60)).until(d ->
                String.valueOf(PARTIES).equals(d.findElement(By.id("cy")).getDomAttribute("data-nodes")));
        double drawn = (System.nanoTime() - start) / 1e6;
        web.browser().screenshot("network-5000");
        // Time ten zoom steps, each rendered: what a user feels when panning and zooming.
        Object zoomMs = web.browser().driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const t0 = performance.now();
                let n = 0;
                const step = () => {
                  window.dispatchEvent(new Event('resize'));
                  const el = document.querySelector('#cy canvas');
                  el.dispatchEvent(new WheelEvent('wheel', { deltaY: n % 2 ? 120 : -120, clientX: 400, clientY: 400, bubbles: true }));
                  requestAnimationFrame(() => requestAnimationFrame(() => (++n < 10 ? step() : done(performance.now() - t0))));
                };
                step();""");
        String report = String.format(java.util.Locale.ROOT,
                "explorer with %d parties: drawn in %.0f ms (page load to layout done); 10 zoom steps in %s ms%n",
                PARTIES, drawn, zoomMs);
        System.out.print(report);
        java.nio.file.Files.writeString(Path.of("target", "explorer-5000.txt"), report);
        assertThat(web.browser().driver.findElement(By.id("graph-status")).getText()).contains(PARTIES + " parties");
        assertThat(web.browser().consoleErrors()).isEmpty();
    }
}
