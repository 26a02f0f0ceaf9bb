package org.rgo.report;

import org.rgo.layers.Analysis;
import org.rgo.layers.StoreWhatIf;
import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Bullets;
import org.rgo.report.ReportDocument.Image;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rgo.report.Formats.two;

/** What fixing stockouts is worth (issue 12): summary.json's {@code what_if_by_store} and the report section. */
public final class StoreWhatIfSection {

    static final String HEADING = "What fixing stockouts is worth";
    /** Stores the report names. */
    static final int STORES_SHOWN = 5;
    private static final int CHART_WIDTH = 520;
    private static final int CHART_HEIGHT = 320;

    private StoreWhatIfSection() {}

    /** what_if_by_store: every store of the sales file -> the REI that leaves the stockout causes without its stockouts. */
    public static Map<String, Object> json(Analysis analysis) {
        Map<String, Object> json = new LinkedHashMap<>();
        analysis.insights().whatIf().stores().forEach(store -> json.put(store.storeId(), two(store.reiRemoved())));
        return json;
    }

    /** what_if_by_store_detail: the stockout REI it is taken from, and per store with a figure, customers and shares. */
    public static Map<String, Object> detailJson(Analysis analysis) {
        StoreWhatIf w = analysis.insights().whatIf();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operational_rei", two(w.operationalRei()));
        json.put("total_rei", two(w.totalRei()));
        json.put("stores", w.stores().stream().filter(store -> store.customers() > 0).map(store -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("store_id", store.storeId());
            row.put("rei_removed", two(store.reiRemoved()));
            row.put("customers", store.customers());
            row.put("percent_of_operational_rei", PortfolioRevenueSection.percent(store.percentOfOperationalRei()));
            row.put("percent_of_total_rei", PortfolioRevenueSection.percent(store.percentOfTotalRei()));
            return row;
        }).toList());
        return json;
    }

    public static Section section(Analysis analysis, Money money) {
        StoreWhatIf w = analysis.insights().whatIf();
        List<StoreWhatIf.StoreFix> worth = w.stores().stream().filter(store -> store.customers() > 0)
                .limit(STORES_SHOWN).toList();
        List<Block> blocks = new ArrayList<>();
        if (worth.isEmpty()) {
            blocks.add(new Paragraph(Formats.two(w.operationalRei()).signum() == 0
                    ? "No REI is attributed to stockouts this week, so fixing stockouts would move none."
                    : "No single store's stockouts decide a customer's root cause: without any one store's stockouts,"
                    + " every customer in a stockout cause would stay there."));
            return new Section(HEADING, blocks);
        }
        List<String> lines = new ArrayList<>();
        for (StoreWhatIf.StoreFix store : worth) {
            lines.add("Fixing stockouts at store " + store.storeId() + " removes " + money.format(store.reiRemoved())
                    + " of REI (" + PortfolioRevenueSection.percentText(store.percentOfOperationalRei())
                    + " of the REI attributed to stockouts, " + PortfolioRevenueSection.percentText(store.percentOfTotalRei())
                    + " of all REI; " + store.customers() + (store.customers() == 1 ? " customer)." : " customers)."));
        }
        blocks.add(new Bullets(lines));
        Map<String, Double> bars = new LinkedHashMap<>();
        worth.forEach(store -> bars.put("Store " + store.storeId(), store.reiRemoved()));
        blocks.add(new Image("REI that fixing each store's stockouts would remove, "
                + (worth.size() == 1 ? "the store worth most" : "the " + worth.size() + " stores worth most"), ReportCharts.bars(bars, "REI", ReportCharts.REI_FILL, CHART_WIDTH, CHART_HEIGHT,
                money)));
        blocks.add(new Paragraph("How to read it: REI does not depend on stockouts, but its root cause does. A store's"
                + " figure is the REI of the customers who would no longer be attributed to a stockout ("
                + Labels.rootCause("operational_stockout") + " or " + Labels.rootCause("mixed_operational_structural")
                + ") had that store's stockout weeks not happened; " + money.format(w.operationalRei())
                + " of REI is attributed to stockouts in all. A customer can depend on more than one store, so the"
                + " stores' figures do not add up."));
        return new Section(HEADING, blocks);
    }
}
