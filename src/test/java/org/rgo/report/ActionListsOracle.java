package org.rgo.report;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * restock.csv and every actions/&lt;owner&gt;.csv recomputed from the three exports and the run's
 * customers.csv (its baseline_revenue, root_cause and exposure_index), written here from SPEC
 * §2 and §5 without the application's code: a customer's series runs from its first week to the
 * as-of week on the sales file's weeks, a missing week is 0 at the previous row's store, the
 * later of two rows for a week wins; a gap week has spend below the baseline or none; a
 * store-week is out when any row there has on_hand_units 0 (the default rule). Only the columns
 * the rules decide are compared (not the action's wording).
 */
public final class ActionListsOracle {

    private static final Map<String, String> OWNER_OF_CAUSE = Map.of(
            "behavioral_churn", "customer-success",
            "operational_stockout", "operations",
            "mixed_operational_structural", "operations-and-sales",
            "structural_decline", "sales-leadership",
            "demand_softness", "sales-marketing");

    private record Sale(double spend, String store) {}

    private ActionListsOracle() {}

    /** Compares the run folder's restock.csv and action lists with the recomputed ones, row by row. */
    public static void assertMatches(Path data, Path runFolder) {
        TreeSet<String> weekSet = new TreeSet<>();
        Map<String, Map<String, Sale>> sales = new HashMap<>();
        for (NamedCsvRecord row : read(data.resolve("retail_weekly_sales.csv"))) {
            String week = row.getField("week_start_date").substring(0, 10);
            weekSet.add(week);
            sales.computeIfAbsent(row.getField("customer_id"), c -> new HashMap<>())
                    .put(week, new Sale(Double.parseDouble(row.getField("weekly_spend")), row.getField("store_id")));
        }
        List<String> weeks = new ArrayList<>(weekSet);
        Map<String, Set<String>> zeros = new HashMap<>();
        for (NamedCsvRecord row : read(data.resolve("stock_availability.csv"))) {
            if (Long.parseLong(row.getField("on_hand_units")) == 0) {
                String sku = row.findField("sku").filter(s -> !s.isEmpty()).orElse("(blank)");
                zeros.computeIfAbsent(row.getField("store_id") + "|" + row.getField("week_start").substring(0, 10),
                        k -> new TreeSet<>()).add(sku);
            }
        }

        Map<String, List<List<String>>> lists = new LinkedHashMap<>();
        OWNER_OF_CAUSE.values().forEach(owner -> lists.put(owner, new ArrayList<>()));
        Map<String, Set<String>> weeksOut = new TreeMap<>();
        Map<String, Set<String>> customersAffected = new TreeMap<>();
        Map<String, BigDecimal> reiAffected = new TreeMap<>();
        for (NamedCsvRecord c : read(runFolder.resolve("customers.csv"))) {
            String id = c.getField("customer_id");
            String cause = c.getField("root_cause");
            double baseline = Double.parseDouble(c.getField("baseline_revenue"));
            List<String> stockoutWeeks = new ArrayList<>();
            TreeSet<String> skus = new TreeSet<>();
            if (cause.equals("operational_stockout") || cause.equals("mixed_operational_structural")) {
                Map<String, Sale> own = sales.get(unneutralised(id));
                String store = null;
                for (String week : weeks.subList(weeks.indexOf(new TreeSet<>(own.keySet()).first()), weeks.size())) {
                    Sale sale = own.get(week);
                    double spend = sale == null ? 0.0 : sale.spend();
                    store = sale == null ? store : sale.store();
                    Set<String> out = zeros.get(store + "|" + week);
                    if ((spend < baseline || spend == 0.0) && out != null) {
                        stockoutWeeks.add(week + "@" + store);
                        skus.addAll(out);
                        for (String sku : out) {
                            String key = store + "|" + sku;
                            weeksOut.computeIfAbsent(key, k -> new TreeSet<>()).add(week);
                            if (customersAffected.computeIfAbsent(key, k -> new HashSet<>()).add(id)) {
                                reiAffected.merge(key, new BigDecimal(c.getField("exposure_index")), BigDecimal::add);
                            }
                        }
                    }
                }
            }
            lists.get(OWNER_OF_CAUSE.get(cause)).add(List.of(id, c.getField("store_id"), c.getField("tier"),
                    c.getField("gap_amount"), c.getField("exposure_index"), cause, String.join(";", stockoutWeeks),
                    String.join(";", skus)));
        }

        List<List<String>> restock = new ArrayList<>();
        reiAffected.forEach((key, rei) -> {
            String[] storeSku = key.split("\\|", 2);
            restock.add(List.of(storeSku[0], storeSku[1], Integer.toString(weeksOut.get(key).size()),
                    Integer.toString(customersAffected.get(key).size()), rei.setScale(2).toPlainString()));
        });
        restock.sort(Comparator.comparing((List<String> r) -> new BigDecimal(r.get(4))).reversed()
                .thenComparing(r -> r.get(0), ActionListsOracle::compareIds)
                .thenComparing(r -> r.get(1), ActionListsOracle::compareIds));
        assertEquals(restock, rows(runFolder.resolve("restock.csv"), List.of("store_id", "sku", "weeks_out",
                "customers_affected", "rei_affected")), "restock.csv of " + runFolder);

        lists.forEach((owner, expected) -> assertEquals(expected, rows(runFolder.resolve("actions/" + owner + ".csv"),
                List.of("customer_id", "store_id", "tier", "gap_amount", "exposure_index", "root_cause",
                        "stockout_weeks", "skus")), owner + ".csv of " + runFolder));
    }

    /** Numbers by value before other text (the ids here are short). */
    private static int compareIds(String a, String b) {
        boolean numberA = a.chars().allMatch(Character::isDigit);
        boolean numberB = b.chars().allMatch(Character::isDigit);
        if (numberA && numberB) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return numberA != numberB ? (numberA ? -1 : 1) : a.compareTo(b);
    }

    private static String unneutralised(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static List<List<String>> rows(Path csv, List<String> columns) {
        List<List<String>> rows = new ArrayList<>();
        for (NamedCsvRecord row : read(csv)) {
            rows.add(columns.stream().map(row::getField).toList());
        }
        return rows;
    }

    private static List<NamedCsvRecord> read(Path csv) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
