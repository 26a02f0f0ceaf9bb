package org.rgo.ops.http;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.hardening.support.Check;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.hardening.support.Service;
import org.rgo.ledger.RunRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The runs page as a browser shows it: Debian's headless Chromium (scripts/install-chromium.sh)
 * loads it after a run, the run is on it, and its report link opens the report. Skipped only on a
 * developer's machine without chromium; on CI a missing browser fails.
 */
class RunsPageInChromiumTest {

    @TempDir
    Path profile;

    @Test
    void theRunIsOnThePageAndItsReportLinkOpensTheReport() throws Exception {
        Path chromium = chromium();
        Path root = Folders.wiped("target/http-test/chromium");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        int port = Http.freePort();
        try (Service service = HttpService.start(inbox.dir(), root.resolve("outbox"),
                "rgo.http.port=" + port)) {
            inbox.dropSample();
            inbox.awaitRunMarked("");
            RunRecord run = service.runs().get(0);
            String base = new Http(port).base() + "/";

            String page = dumpDom(chromium, base);

            Check.contains(page, "id=\"run-" + run.runId() + "\"", run.asOfWeek().toString(), "SUCCEEDED",
                    run.verdict());
            Matcher link = Pattern.compile("href=\"(runs/[^\"]+/report\\.html)\"").matcher(page);
            assertTrue(link.find(), "a report link on the page:\n" + page);
            String report = dumpDom(chromium, base + link.group(1));
            Check.contains(report, run.asOfWeek().toString());
            assertEquals(Path.of(run.outputFolder()).getFileName().toString(), link.group(1).split("/")[1]);
        }
    }

    /** The page's DOM after Chromium loaded it, with everything that would reach beyond this machine off. */
    private String dumpDom(Path chromium, String url) throws IOException, InterruptedException {
        Path userData = Files.createTempDirectory(profile, "chromium-");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + userData, "--dump-dom", url));
        Process browser = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = browser.getInputStream().readAllBytes();
        if (!browser.waitFor(60, TimeUnit.SECONDS)) {
            browser.destroyForcibly();
            fail("chromium did not finish loading " + url);
        }
        assertEquals(0, browser.exitValue(), "chromium's exit code for " + url);
        return new String(dom, StandardCharsets.UTF_8);
    }

    private static Path chromium() {
        Optional<Path> found = Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of)
                .or(() -> Optional.of(Path.of("/usr/bin/chromium"))).filter(Files::isExecutable);
        if (found.isEmpty() && System.getenv("CI") != null) {
            fail("no chromium at /usr/bin/chromium: .ci/run installs it with scripts/install-chromium.sh");
        }
        Assumptions.assumeTrue(found.isPresent(), "no chromium here (scripts/install-chromium.sh installs it)");
        return found.get();
    }
}
