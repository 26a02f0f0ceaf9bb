package org.rgo.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;
import org.rgo.layers.Analysis;
import org.rgo.layers.Runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/**
 * The report for people (issue 12): codes in words, money in the configured currency, the
 * timeline from the first week with a full baseline window, and the new sections' sentences.
 */
class PeopleReportTest {

    @TempDir
    Path dir;

    private static final Pattern CODE = Pattern.compile(
            "operational_stockout|behavioral_churn|demand_softness|structural_decline|mixed_operational_structural");

    @Test
    void codesReadAsWordsInHtmlAndMarkdown() {
        ReportDocument report = ExecutiveReport.of(ReportFixture.analysis(dir));
        String md = MarkdownRenderer.render(report);
        String html = HtmlRenderer.render(report);
        for (String text : List.of(md, html)) {
            Matcher code = CODE.matcher(text);
            assertFalse(code.find(), () -> "a root cause code in the report: " + code.group());
            assertTrue(text.contains("Operational stockout"));
            assertTrue(text.contains("Behavioral churn"));
            assertTrue(text.contains("Demand softness"));
        }
        assertTrue(md.contains("| Root cause | Operational stockout | $15.75 |"), md);
        assertTrue(md.contains("| Tier | Standard | $133.00 |"), md);
        assertTrue(md.contains("| Region | north |"), md);
        assertTrue(md.contains("Operations/Inventory: restock the store's out-of-stock SKUs for 1 customer"
                + " (Operational stockout, REI $15.75)."), md);
    }

    @Test
    void moneyCarriesTheConfiguredCurrency() {
        Analysis a = ReportFixture.analysis(dir);
        String dollars = MarkdownRenderer.render(ExecutiveReport.of(a));
        String euros = MarkdownRenderer.render(ExecutiveReport.of(a, Optional.empty(), OwnerRecipients.NONE,
                Money.of("EUR")));
        assertTrue(dollars.contains("Total REI $133.00 across 4 customers at risk."), dollars);
        assertTrue(euros.contains("Total REI €133.00 across 4 customers at risk."), euros);
        assertTrue(euros.contains("| Revenue Exposure Index | €133.00 |"), euros);
        assertFalse(euros.contains("$1"), "no dollar amount in a euro report");
    }

    /**
     * 14 weeks: CW + BW = 10, so as-of weeks 9 to 13 (the last 5) have a full baseline window; of
     * the 12 timeline weeks (2 to 13), weeks 2 to 8 show as not enough history and are not drawn.
     */
    @Test
    void theTimelineStartsAtTheFirstWeekWithAFullBaselineWindow() {
        Settings settings = TestSettings.defaults();
        Analysis a = Runs.analyse(settings, new ExportFiles(dir).series("c", "S1", flatThen(12, 100, 50, 50))
                .dataset(settings));
        ReportDocument report = ExecutiveReport.of(a);
        String md = MarkdownRenderer.render(report);

        assertEquals(ExportFiles.WEEK0.plusWeeks(9), a.model().firstFullBaselineWeek().orElseThrow());
        assertTrue(md.contains("Chart: Total REI and total gap for each of the last 5 as-of weeks with a full baseline"
                + " window (see report.html)"), md);
        for (int w = 2; w <= 8; w++) {
            assertTrue(md.contains("| " + ExportFiles.week(w) + " | not enough history | - | - |"), md);
        }
        for (int w = 9; w <= 13; w++) {
            assertTrue(md.contains("| " + ExportFiles.week(w) + " | $"), "week " + w + " has figures");
        }
        assertTrue(md.contains("Weeks before " + ExportFiles.week(9) + " have less history than the current and"
                + " baseline windows (10 weeks)"), md);
        ReportDocument.Image chart = images(report).get(0);
        assertTrue(chart.png().length > 2000);
    }

    @Test
    void withTooLittleHistoryNoTimelineIsDrawn() {
        Settings settings = TestSettings.defaults();
        Analysis a = Runs.analyse(settings, new ExportFiles(dir).series("c", "S1", 100, 100, 50).dataset(settings));
        ReportDocument report = ExecutiveReport.of(a);
        assertTrue(images(report).stream().noneMatch(i -> i.caption().startsWith("Total REI and total gap")));
        String md = MarkdownRenderer.render(report);
        assertTrue(md.contains("No week of this data has the history of the current and baseline windows yet (10"
                + " weeks): their baselines are shorter, so they show as not enough history."), md);
        assertTrue(md.contains("| " + ExportFiles.week(2) + " | not enough history | - | - |"), md);
    }

    @Test
    void theNewSectionsSayWhatMovedWhatItIsWorthAndAgainstTheBusiness() {
        String md = MarkdownRenderer.render(ExecutiveReport.of(ReportFixture.analysis(dir)));
        // ReportFixture: "c" at S1 is operational (REI 15.75) through its one stockout week
        assertTrue(md.contains("- Fixing stockouts at store S1 removes $15.75 of REI (100.00 % of the REI attributed"
                + " to stockouts, 11.84 % of all REI; 1 customer)."), md);
        assertTrue(md.contains("Chart: How total REI moved from the prior week to this week, by root cause"), md);
        assertTrue(md.contains("| Root cause | Operational stockout | +$15.75 |"), md);
        assertTrue(md.contains("Nothing to follow up: the run ledger has no earlier run."), md);
        // current 50 + 85 + 85 + 90 + 100 (steady) = 410, baseline 5 × 100 = 500 (ReportFixture)
        assertTrue(md.contains("All 5 customers in the sales file spent $410.00 a week over the current window, against"
                + " $500.00 a week in their baseline window. The revenue gap of $90.00 a week is 18.00 % of baseline weekly"
                + " revenue (21.95 % of current); the REI of $133.00 is 26.60 % (32.44 % of current). Winning back the top"
                + " 20 priorities would recover $90.00 a week, 100.00 % of the gap."), md);
        assertTrue(md.contains("| Weekly revenue, all customers | $410.00 | baseline $500.00 (-18.00 %) |"), md);
    }

    private static List<ReportDocument.Image> images(ReportDocument report) {
        return report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof ReportDocument.Image).map(b -> (ReportDocument.Image) b).toList();
    }
}
