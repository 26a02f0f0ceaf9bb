package org.rgo.report;

import org.rgo.layers.Analysis;
import org.rgo.layers.Portfolio;
import org.rgo.layers.RootCause;
import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Callout;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;
import org.rgo.report.ReportDocument.Tile;
import org.rgo.report.ReportDocument.Tiles;
import org.rgo.report.ReportDocument.Tone;

import java.util.ArrayList;
import java.util.List;

import static org.rgo.report.Formats.money;

/**
 * actions/&lt;owner key&gt;.html: the body of an owner's mail. Its totals, its first rows with the
 * concrete action, where the whole list is; for the owners who restock, the top of the restock list.
 */
public final class OwnerPage {

    private OwnerPage() {}

    public static String file(RootCause owner) {
        return ActionLists.FOLDER + "/" + owner.ownerKey() + ".html";
    }

    public static ReportDocument of(Analysis analysis, RootCause owner, List<ActionLists.Row> top) {
        Portfolio p = analysis.portfolio();
        long customers = p.customersByRootCause().getOrDefault(owner.label(), 0L);
        List<Section> sections = new ArrayList<>();
        List<Block> list = new ArrayList<>();
        list.add(new Tiles(List.of(
                new Tile("Customers at risk", Long.toString(customers), owner.label(), Tone.NEUTRAL),
                new Tile("Revenue Exposure Index", money(p.exposureByRootCause().getOrDefault(owner.label(), 0.0)),
                        "their REI", Tone.NEUTRAL),
                new Tile("Revenue gap per week", money(p.gapByRootCause().getOrDefault(owner.label(), 0.0)),
                        "their gap", Tone.NEUTRAL))));
        if (customers == 0) {
            list.add(new Callout(Tone.GOOD, "No customer at risk has root cause " + owner.label()
                    + " this week: nothing to do."));
        } else {
            String action = owner.recommendedAction();
            list.add(new Paragraph("Root cause " + owner.label() + ": " + Character.toLowerCase(action.charAt(0))
                    + action.substring(1)
                    + ". The attached " + owner.ownerKey() + ".csv lists all " + customers
                    + (customers == 1 ? " customer" : " customers") + " in priority order (REI, then gap)"
                    + (top.size() < customers ? "; the first " + top.size() + " are below." : ".")));
            list.add(table(top));
        }
        sections.add(new Section("Your customers", list));
        if (owner.restocks()) {
            int items = analysis.restock().size();
            sections.add(new Section("Restock: top " + RestockCsv.TOP_ROWS + " store SKUs", items == 0
                    ? ActionsReport.restock(analysis.restock())
                    : List.of(ActionsReport.restockTable(analysis.restock()), new Paragraph("The attached "
                    + RestockCsv.FILE + " lists all " + items + (items == 1 ? " store SKU" : " store SKUs")
                    + " out in a gap week of a customer whose action is to restock, with the weeks out, the "
                    + "customers affected and their REI."))));
        }
        return new ReportDocument("Action list for " + owner.owner() + ", week of "
                + analysis.executive().asOfWeek(), sections);
    }

    private static Table table(List<ActionLists.Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        int rank = 1;
        for (ActionLists.Row row : rows) {
            var r = row.result();
            cells.add(List.of(Integer.toString(rank++), r.customerId(), r.storeId(), r.revenue().tier().label(),
                    money(r.revenue().gapAmount()), money(r.exposure().exposureIndex()), row.action()));
        }
        return new Table(List.of("#", "Customer", "Store", "Tier", "Gap", "REI", "Action"), cells, List.of(0, 4, 5));
    }
}
