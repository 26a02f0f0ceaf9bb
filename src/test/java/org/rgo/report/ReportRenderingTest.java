package org.rgo.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.TestSettings;
import org.rgo.layers.Analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** report.md and report.html (SPEC §10): section order, and data that cannot become markup. */
class ReportRenderingTest {

    @TempDir
    Path dir;

    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    @Test
    void sectionsStartWithTheExecutiveLayerThenFollowTheSpecsOrder() {
        ReportDocument report = ExecutiveReport.of(ReportFixture.analysis(dir));
        assertEquals(List.of("Executive summary", "Overview", "Exposure against the business", "Trend",
                        "What moved since the prior week", "Follow-up of the previous run's priorities",
                        "Exposure by tier and root cause", "Exposure by store and segment", "What fixing stockouts is worth",
                        "Top 20 priority interventions", "Next steps", "Action lists by owner", "Restock: top 10 store SKUs",
                        "Data quality"),
                report.sections().stream().map(ReportDocument.Section::heading).toList());
    }

    @Test
    void triggersComeFirst() {
        Analysis a = ReportFixture.analysis(dir, TestSettings.with("rgo.trigger.customers-at-risk", "4"));
        String md = MarkdownRenderer.render(ExecutiveReport.of(a));
        String afterHeading = md.substring(md.indexOf("## Executive summary\n\n") + "## Executive summary\n\n".length());
        assertTrue(afterHeading.startsWith("> **TRIGGER: 4 customers at risk, at or above 4**\n"), afterHeading);
    }

    @Test
    void htmlEscapesEveryDataText() {
        String html = HtmlRenderer.render(ExecutiveReport.of(ReportFixture.analysis(dir)));
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "a script tag in report.html");
        assertFalse(lower.contains("<a ") || lower.contains("href"), "a link in report.html");
        // the customer id, in the interventions table and in the data-quality warning
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("customer &lt;script&gt;alert(1)&lt;/script&gt; has sales"), html);
        assertTrue(html.contains("<td>=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</td>"), html);
    }

    @Test
    void markdownEscapesEveryDataText() {
        String md = MarkdownRenderer.render(ExecutiveReport.of(ReportFixture.analysis(dir)));
        assertFalse(Pattern.compile("(?<!\\\\)<[A-Za-z/!?]").matcher(md).find(), "raw HTML in report.md");
        assertTrue(md.contains("\\<script>alert(1)\\</script>"), md);
        // a word joiner between the slashes keeps renderers from turning a bare URL into a link
        assertTrue(md.contains("=HYPERLINK(\"http:/\u2060/evil.example\",\"click\")"), md);
        // no [text](url) link can form from the data, and the pipe stays inside its cell
        assertTrue(md.contains("| @SUM(1+1)\\|\\[click](http:/\u2060/evil.example) |"), md);
        assertFalse(Pattern.compile("(?<!\\\\)\\[").matcher(md).find(), "a link in report.md");
    }

    @Test
    void markdownTableRowsKeepTheirColumnsWhateverTheData() {
        String md = MarkdownRenderer.render(ExecutiveReport.of(ReportFixture.analysis(dir)));
        long expected = -1;
        int rowsChecked = 0;
        for (String line : md.split("\n")) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            long pipes = UNESCAPED_PIPE.matcher(line).results().count();
            if (expected < 0) {
                expected = pipes;
            }
            assertEquals(expected, pipes, line);
            rowsChecked++;
        }
        assertTrue(rowsChecked > 30, "table rows: " + rowsChecked);
    }

    @Test
    void markdownTextCannotStartABlockOrBreakALine() {
        // line breaks become spaces, so data never starts a line (a heading, a list item, a table row)
        assertEquals("a # heading - \\*x\\*", MarkdownRenderer.escape("a\n# heading\r- *x*"));
        assertEquals("\\[a](b) \\`c\\` \\_d\\_ | e \\\\", MarkdownRenderer.escape("[a](b) `c` _d_ | e \\"));
        assertEquals("\\<b> \\&amp;", MarkdownRenderer.escape("<b> &amp;"));
    }

    @Test
    void htmlEscapeCoversAttributeQuotes() {
        assertEquals("&lt;img src=&quot;x&quot; onerror=&#39;y&#39;&gt; &amp;", HtmlRenderer.escape("<img src=\"x\" onerror='y'> &"));
    }
}
