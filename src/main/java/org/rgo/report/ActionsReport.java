package org.rgo.report;

import org.rgo.layers.Analysis;
import org.rgo.layers.Portfolio;
import org.rgo.layers.RestockItem;
import org.rgo.layers.RootCause;
import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Callout;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;
import org.rgo.report.ReportDocument.Tone;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The executive report's sections on who acts: each owner's action list (its size, exposure and
 * whether it is mailed) and the top of the restock list.
 */
public final class ActionsReport {

    private ActionsReport() {}

    /** The sections, money in the executive report's {@code currency}. */
    public static List<Section> sections(Analysis analysis, OwnerRecipients recipients, Money currency) {
        return List.of(new Section("Action lists by owner", owners(analysis.portfolio(), recipients, currency)),
                new Section("Restock: top " + RestockCsv.TOP_ROWS + " store SKUs", restock(analysis.restock(),
                        currency::format)));
    }

    private static List<Block> owners(Portfolio p, OwnerRecipients recipients, Money currency) {
        java.util.function.DoubleFunction<String> money = currency::format;
        List<List<String>> rows = new ArrayList<>();
        for (RootCause owner : RootCause.values()) {
            int addresses = recipients.addresses(owner);
            rows.add(List.of(owner.owner(), ActionLists.file(owner),
                    Long.toString(p.customersByRootCause().getOrDefault(owner.label(), 0L)),
                    money.apply(p.gapByRootCause().getOrDefault(owner.label(), 0.0)),
                    money.apply(p.exposureByRootCause().getOrDefault(owner.label(), 0.0)),
                    addresses == 0 ? "not mailed: no address" : "mailed to " + addresses
                            + (addresses == 1 ? " address" : " addresses")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Each owner's at-risk customers, in priority order, with the concrete action and, "
                + "for stockouts, the SKUs that were out: one list per owner in the run folder, mailed to the "
                + "owner's addresses (rgo.mail.owners.<owner>)."));
        blocks.add(new Table(List.of("Owner", "List", "Customers", "Gap", "REI", "Mail"), rows, List.of(2, 3, 4)));
        List<RootCause> unaddressed = recipients.unaddressed();
        if (!unaddressed.isEmpty()) {
            blocks.add(new Callout(Tone.WARNING, "Not mailed, no address configured: " + unaddressed.stream()
                    .map(owner -> owner.owner() + " (rgo.mail.owners." + owner.ownerKey() + ")")
                    .collect(Collectors.joining(", ")) + "."));
        }
        return blocks;
    }

    static List<Block> restock(List<RestockItem> items) {
        return restock(items, Formats::money);
    }

    private static List<Block> restock(List<RestockItem> items, java.util.function.DoubleFunction<String> money) {
        if (items.isEmpty()) {
            return List.of(new Paragraph("No SKU was out of stock in a gap week of a customer whose action is "
                    + "to restock."));
        }
        return List.of(restockTable(items, money),
                new Paragraph(RestockCsv.FILE + " lists all " + items.size() + (items.size() == 1 ? " store SKU" : " store SKUs")
                        + " that were out in a gap week of a customer whose action is to restock (operational "
                        + "stockouts and the mixed cause)."));
    }

    static Table restockTable(List<RestockItem> items) {
        return restockTable(items, Formats::money);
    }

    private static Table restockTable(List<RestockItem> items, java.util.function.DoubleFunction<String> money) {
        return new Table(List.of("Store", "SKU", "Weeks out", "Customers", "REI affected"),
                items.stream().limit(RestockCsv.TOP_ROWS).map(item -> List.of(item.storeId(), item.sku(),
                        Integer.toString(item.weeksOut()), Long.toString(item.customersAffected()),
                        money.apply(item.reiAffected()))).toList(),
                List.of(2, 3, 4));
    }
}
