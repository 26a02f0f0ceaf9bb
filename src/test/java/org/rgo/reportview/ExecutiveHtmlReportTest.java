package org.rgo.reportview;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.layers.Analysis;
import org.rgo.layers.Trend.TimelinePoint;
import org.rgo.ledger.RunRecord;
import org.rgo.report.ExecutiveReport;
import org.rgo.report.HtmlRenderer;
import org.rgo.report.MarkdownRenderer;
import org.rgo.report.ReportDocument;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The executive report built from a hostile export, rendered as HTML and Markdown. */
class ExecutiveHtmlReportTest {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(src|href|action|srcset|poster)\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path exportFolder;

    private static Analysis analysis;
    private static String html;
    private static String markdown;

    @BeforeAll
    static void analyseHostileExport() throws IOException {
        HostileExport.write(exportFolder);
        analysis = HostileExport.analyse(exportFolder);
        ReportDocument report = ExecutiveReport.of(analysis);
        html = HtmlRenderer.render(report);
        markdown = MarkdownRenderer.render(report);
    }

    @Test
    void the_hostile_customer_is_at_risk_so_the_test_means_something() {
        assertTrue(analysis.portfolio().topPriority().stream()
                .anyMatch(r -> r.customerId().equals(HostileExport.SCRIPT_CUSTOMER)));
        assertTrue(analysis.portfolio().exposureByStore().containsKey(HostileExport.FORMULA_STORE));
        assertEquals(HostileExport.WEEKS, analysis.trend().timeline().size());
    }

    /** Each chart: its caption, its size, and a colour only its data is drawn in (a line, a marker, a bar). */
    @Test
    void the_html_embeds_the_five_charts_as_drawn_png_images() throws IOException {
        Matcher images = Pattern.compile("<img alt=\"([^\"]*)\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")
                .matcher(html);
        List<String> charts = new ArrayList<>();
        while (images.find()) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(images.group(2))));
            charts.add(images.group(1) + ", " + png.getWidth() + "x" + png.getHeight() + ", drawn in "
                    + Stream.of(0x1d4e89, 0xe8890c, 0x8fb4e3, 0xf5c27a, 0xe58e85, 0x7cc4a6).filter(rgb -> holds(png, rgb))
                    .map(Integer::toHexString).toList());
        }
        assertEquals(List.of(
                "Total REI and total gap for each of the last 3 as-of weeks with a full baseline window, 1040x340, "
                        + "drawn in [1d4e89, e8890c]",
                "How total REI moved from the prior week to this week, by root cause, 1040x340, drawn in [e58e85]",
                "Exposure (REI) by root cause, 520x320, drawn in [8fb4e3]",
                "Exposure (REI) by customer tier, 520x320, drawn in [f5c27a]",
                "REI that fixing each store&#39;s stockouts would remove, the store worth most, 520x320, "
                        + "drawn in [8fb4e3]"), charts);
    }

    private static boolean holds(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void the_html_loads_nothing_from_outside_and_runs_no_script() {
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), "no script element");
        assertFalse(lower.contains("<link"), "no linked stylesheet");
        assertFalse(lower.contains("@import"), "no imported stylesheet");
        assertFalse(lower.contains("url("), "no CSS resource");
        assertFalse(lower.contains("<iframe") || lower.contains("<object") || lower.contains("<embed"));
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=").matcher(lower).find(), "no event handler attribute");
        Matcher attributes = ATTRIBUTE.matcher(html);
        int count = 0;
        while (attributes.find()) {
            count++;
            assertTrue(attributes.group(2).startsWith("data:image/png;base64,"),
                    attributes.group(1) + "=" + attributes.group(2));
        }
        assertEquals(5, count, "the only resources are the five embedded charts");
    }

    @Test
    void data_is_escaped_in_html() {
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the customer id is shown as text");
        assertTrue(html.contains("=HYPERLINK(&quot;http://evil.example/x&quot;)"), "the store id is shown as text");
        assertTrue(html.contains("&quot;&gt;&lt;img src=http://evil.example/p.png&gt;"), "the region is shown as text");
        assertFalse(html.contains(HostileExport.SCRIPT_CUSTOMER));
        assertFalse(html.contains(HostileExport.IMG_REGION));
        assertFalse(html.contains(HostileExport.FORMULA_STORE));
    }

    @Test
    void data_is_escaped_in_markdown() {
        assertTrue(markdown.contains("\\<script>alert(1)\\</script>"), "the customer id is text");
        assertTrue(markdown.contains("=HYPERLINK(\"http:/\u2060/evil.example/x\")"), "no link syntax survives");
        assertFalse(Pattern.compile("(?<!\\\\)<[A-Za-z/!?]").matcher(markdown).find(), "no raw HTML");
        assertTrue(markdown.contains("\\<img src=http:/\u2060/evil.example/p.png>"), "the region is text");
        assertFalse(Pattern.compile("(?<!\\\\)\\[").matcher(markdown).find(), "no Markdown link");
        assertFalse(markdown.contains("http://"), "no bare URL that GitHub would turn into a link");
    }

    @Test
    void the_report_reads_in_the_order_a_ceo_needs() {
        List<String> headings = List.of("Executive summary", "Overview", "Exposure against the business", "Trend",
                "What moved since the prior week", "Follow-up of the previous run", "Exposure by tier and root cause",
                "Exposure by store and segment", "What fixing stockouts is worth", "priority interventions", "Next steps",
                "Data quality");
        int last = -1;
        for (String heading : headings) {
            int at = html.indexOf(heading + "</h2>") >= 0 ? html.indexOf(heading + "</h2>")
                    : html.indexOf(heading);
            assertTrue(at > last, heading + " after the section before it");
            last = at;
        }
        assertTrue(html.indexOf("class=\"callout") < html.indexOf("class=\"tiles\""), "triggers and verdict first");
        assertTrue(html.indexOf("Verdict:") < html.indexOf("class=\"tiles\""));
        assertTrue(html.contains("Restock the store&#39;s out-of-stock SKUs"), "the action of the top interventions");
        assertTrue(html.contains("Operations/Inventory"), "the owner of the top interventions");
        assertTrue(markdown.contains("\nChart: Total REI and total gap"), "the chart's caption stands in for it in Markdown");
        assertTrue(markdown.contains("| Revenue Exposure Index |"), "the tiles as a table in Markdown");
    }

    @Test
    void without_a_ledger_run_the_prior_week_is_recomputed_only() {
        assertTrue(markdown.contains("no earlier run in the run ledger"));
        assertTrue(markdown.contains("| Prior week, recomputed from this data |"));
        assertFalse(markdown.contains("Reported last time"));
    }

    @Test
    void what_we_reported_for_the_prior_week_stands_next_to_its_recomputation() {
        TimelinePoint prior = analysis.trend().timeline().get(1);
        RunRecord reported = RunRecord.started("r-1", prior.asOfWeek(), Instant.parse("2025-11-17T07:00:00Z"), List.of())
                .succeeded(Instant.parse("2025-11-17T07:00:05Z"), prior.totalGap() - 10, prior.totalRei() - 12.5,
                        prior.customerCount(), "LOW", "/out/r-1");

        String md = MarkdownRenderer.render(ExecutiveReport.of(analysis, Optional.of(reported)));

        assertTrue(md.contains("| Reported last time (2025-11-17) | " + prior.asOfWeek() + " |"), md);
        assertTrue(md.contains("differs from the recomputed prior week by +$12.50 REI"), md);
    }

    @Test
    void a_matching_prior_week_is_said_to_match() {
        TimelinePoint prior = analysis.trend().timeline().get(1);
        RunRecord reported = RunRecord.started("r-1", prior.asOfWeek(), Instant.parse("2025-11-17T07:00:00Z"), List.of())
                .succeeded(Instant.parse("2025-11-17T07:00:05Z"), prior.totalGap(), prior.totalRei(),
                        prior.customerCount(), "LOW", "/out/r-1");

        String md = MarkdownRenderer.render(ExecutiveReport.of(analysis, Optional.of(reported)));

        assertTrue(md.contains("matches the recomputed prior week"), md);
    }
}
