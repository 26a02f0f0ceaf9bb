package org.rgo.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.rgo.layers.ActionDetail;
import org.rgo.layers.CustomerResult;
import org.rgo.layers.Model;
import org.rgo.layers.Portfolio;
import org.rgo.layers.Priority;
import org.rgo.layers.RootCause;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.rgo.report.Formats.safeCsvText;

/**
 * The owners' action lists, actions/&lt;owner key&gt;.csv: each at-risk customer in the list of its
 * root cause's owner, in priority order. They are written in the same pass as customers.csv,
 * from the same evaluated blocks ({@link CustomersCsv#write(org.rgo.layers.CustomerRows, Writer, ActionLists)}),
 * and keep each owner's first rows for the owner's mail.
 */
public final class ActionLists {

    public static final String FOLDER = "actions";
    public static final List<String> COLUMNS = List.of("customer_id", "store_id", "tier", "gap_amount",
            "exposure_index", "root_cause", "owner", "recommended_action", "action", "stockout_weeks", "skus");
    /** Rows an owner's mail shows; the attached file has them all. */
    public static final int TOP_ROWS = 10;
    /** Between the items of the stockout_weeks and skus cells. */
    static final String LIST_SEPARATOR = ";";

    private final Model model;
    private final Map<RootCause, Writer> writers;
    private final Map<RootCause, List<Row>> top = new EnumMap<>(RootCause.class);

    /** An action list row: the customer's results and what its action names. */
    public record Row(CustomerResult result, ActionDetail detail) {

        /** The concrete action: what to restock where, or the cause's action with the figure that calls for it. */
        public String action() {
            RootCause cause = result.attribution().rootCause();
            return switch (cause) {
                case OPERATIONAL_STOCKOUT -> restock(detail);
                case MIXED_OPERATIONAL_STRUCTURAL -> restock(detail) + " and review the account";
                case BEHAVIORAL_CHURN -> cause.recommendedAction() + ": no spend in the last "
                        + weeks(result.structural().consecutiveZeroSpendWeeks());
                case STRUCTURAL_DECLINE -> cause.recommendedAction() + ": structural tier "
                        + result.structural().structuralTier().label() + ", spend "
                        + PlainDecimal.two(result.revenue().declinePercent()) + " % below baseline";
                case DEMAND_SOFTNESS -> cause.recommendedAction() + ": spend "
                        + PlainDecimal.two(result.revenue().declinePercent()) + " % below baseline";
            };
        }

        /** "Restock A, B at store 101", a store's SKUs together, stores in the order their weeks came. */
        private static String restock(ActionDetail detail) {
            Map<String, Set<String>> byStore = new LinkedHashMap<>();
            for (ActionDetail.StockoutWeek week : detail.stockoutWeeks()) {
                byStore.computeIfAbsent(week.storeId(), s -> new TreeSet<>(Priority.CUSTOMER_ID_ORDER))
                        .addAll(week.skus());
            }
            return "Restock " + byStore.entrySet().stream()
                    .map(e -> String.join(", ", e.getValue()) + " at store " + e.getKey())
                    .collect(Collectors.joining("; "));
        }

        private static String weeks(int n) {
            return n == 1 ? "week" : n + " weeks";
        }
    }

    /** The formatted rows of one block of customers, per owner. */
    static final class Block {
        private final Map<RootCause, StringWriter> text = new EnumMap<>(RootCause.class);
        private final Map<RootCause, List<Row>> first = new EnumMap<>(RootCause.class);
    }

    /** {@code writers}: one per root cause, each already open on its owner's file. */
    public ActionLists(Model model, Map<RootCause, Writer> writers) {
        this.model = model;
        this.writers = new EnumMap<>(writers);
        for (RootCause cause : RootCause.values()) {
            if (!this.writers.containsKey(cause)) {
                throw new IllegalArgumentException("no writer for the action list of " + cause.ownerKey());
            }
            top.put(cause, new ArrayList<>());
        }
    }

    /** The file of an owner's list, relative to the run folder. */
    public static String file(RootCause cause) {
        return FOLDER + "/" + cause.ownerKey() + ".csv";
    }

    void writeHeaders() throws IOException {
        for (Writer out : writers.values()) {
            CsvWriter header = csvWriter(out);
            header.writeRecord(COLUMNS);
            header.flush();
        }
    }

    /** Formats a block's rows; safe to call for several blocks at once. */
    Block format(List<CustomerResult> rows) {
        Block block = new Block();
        Map<RootCause, CsvWriter> csv = new EnumMap<>(RootCause.class);
        for (CustomerResult r : rows) {
            RootCause cause = r.attribution().rootCause();
            Row row = new Row(r, ActionDetail.of(r, model));
            csv.computeIfAbsent(cause, c -> csvWriter(block.text.computeIfAbsent(c, k -> new StringWriter())))
                    .writeRecord(cells(row));
            List<Row> first = block.first.computeIfAbsent(cause, c -> new ArrayList<>());
            if (first.size() < TOP_ROWS) {
                first.add(row);
            }
        }
        csv.values().forEach(ActionLists::flush);
        return block;
    }

    /** Appends a formatted block; blocks must come in priority order. */
    void write(Block block) throws IOException {
        for (Map.Entry<RootCause, StringWriter> entry : block.text.entrySet()) {
            writers.get(entry.getKey()).write(entry.getValue().toString());
        }
        block.first.forEach((cause, rows) -> {
            List<Row> kept = top.get(cause);
            for (Row row : rows) {
                if (kept.size() < TOP_ROWS) {
                    kept.add(row);
                }
            }
        });
    }

    void flushAll() throws IOException {
        for (Writer out : writers.values()) {
            out.flush();
        }
    }

    /** An owner's first {@value #TOP_ROWS} rows, once every block is written. */
    public List<Row> top(RootCause cause) {
        return List.copyOf(top.get(cause));
    }

    /** summary.json's action_lists: per owner key, its file, owner, cause and totals (those of its cause). */
    public static Map<String, Object> summary(Portfolio p) {
        Map<String, Object> lists = new LinkedHashMap<>();
        for (RootCause cause : RootCause.values()) {
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("file", file(cause));
            list.put("owner", cause.owner());
            list.put("root_cause", cause.label());
            list.put("customers", p.customersByRootCause().getOrDefault(cause.label(), 0L));
            list.put("total_gap", Formats.two(p.gapByRootCause().getOrDefault(cause.label(), 0.0)));
            list.put("total_rei", Formats.two(p.exposureByRootCause().getOrDefault(cause.label(), 0.0)));
            lists.put(cause.ownerKey(), list);
        }
        return lists;
    }

    static List<String> cells(Row row) {
        CustomerResult r = row.result();
        RootCause cause = r.attribution().rootCause();
        return List.of(
                safeCsvText(r.customerId()),
                safeCsvText(r.storeId()),
                r.revenue().tier().label(),
                PlainDecimal.two(r.revenue().gapAmount()),
                PlainDecimal.two(r.exposure().exposureIndex()),
                cause.label(),
                cause.owner(),
                cause.recommendedAction(),
                safeCsvText(row.action()),
                safeCsvText(row.detail().stockoutWeeks().stream()
                        .map(week -> week.week() + "@" + week.storeId()).collect(Collectors.joining(LIST_SEPARATOR))),
                safeCsvText(String.join(LIST_SEPARATOR, row.detail().skus())));
    }

    private static CsvWriter csvWriter(Writer out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    }

    private static void flush(CsvWriter csv) {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
