package org.sitrep.web;

/**
 * Serves the shared demo workspace on port 7078 for trying pages by hand: run from the web folder with the test
 * classpath; add {@code -Dsitrep.web.reuseDemo=true} to skip rebuilding the workspace.
 */
final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        WebApp app = WebApp.start(WebApp.Settings.defaults().withPort(7078).withWriteToken("dev-token"),
                DemoWorkspace.store(), DemoWorkspace.index());
        System.out.println("Serving " + app.url());
        Thread.currentThread().join();
    }
}
