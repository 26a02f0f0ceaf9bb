package org.rgo.gate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a run's inputs look like, measured once per run for the data gate: per week of the sales
 * file its rows and total spend; per store its sales and stock rows in the last weeks; each file's
 * rows and columns; and a digest of the sales data's content. The previous run's profile, kept in
 * the run ledger, has the weeks, files and digest only (no store figures).
 *
 * @param asOfWeek          the latest week of the sales file
 * @param weeks             every week of the sales file, oldest first; the last is the as-of week
 * @param windowFrom        index in {@code weeks} of the first week the store figures cover
 * @param salesStores       per store id: sales rows in weeks[windowFrom..as-of week]
 * @param stockStores       per store id: stock rows in the same weeks
 * @param asOfCustomersUnknown customers with a row in the as-of week that the customers file does not list
 * @param files             per data set (its prefix, e.g. retail_customers): name, rows, columns
 * @param salesDigest       a digest of the sales rows' content (customer, week, spend, store, high-value
 *                          flag), the same whatever the row order; empty when not known
 */
public record DataProfile(LocalDate asOfWeek, List<Week> weeks, int windowFrom, List<StoreWeeks> salesStores,
                          List<StoreWeeks> stockStores, long asOfCustomersUnknown, Map<String, FileFacts> files,
                          String salesDigest) {

    /**
     * One week of the sales file: rows (one per customer after the later-row-wins rule) and spend,
     * each row's rounded to the cent, in cents.
     */
    public record Week(LocalDate start, long rows, long spendCents) {}

    /** A store's rows in each week of the window, oldest first. */
    public record StoreWeeks(String store, List<Long> rows) {}

    /** One input file: the name it was dropped as, its data rows, header columns and SHA-256 (null if not computed). */
    public record FileFacts(String name, long rows, List<String> columns, String sha256) {}

    public DataProfile {
        weeks = List.copyOf(weeks);
        salesStores = List.copyOf(salesStores);
        stockStores = List.copyOf(stockStores);
        files = Map.copyOf(files);
    }

    public int asOfIndex() {
        return weeks.size() - 1;
    }

    public Week asOf() {
        return weeks.get(asOfIndex());
    }

    /** The weeks before the as-of week that the history checks look at, oldest first. */
    public List<Week> history() {
        return weeks.subList(windowFrom, asOfIndex());
    }

    /** The part a later run compares with: the weeks, files and digest. */
    public DataProfile kept() {
        return new DataProfile(asOfWeek, weeks, Math.max(0, asOfIndex()), List.of(), List.of(), 0, files,
                salesDigest);
    }
}
