package org.rgo.layers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a customer's action list row adds to its customers.csv row: for a customer whose action
 * restocks, its stockout gap weeks (as the root cause layer found them), each with the week's
 * store and the SKUs at 0 there that week; nothing for other causes.
 */
public record ActionDetail(List<StockoutWeek> stockoutWeeks, List<String> skus) {

    public static final ActionDetail NONE = new ActionDetail(List.of(), List.of());

    /** One stockout gap week: its date, the store the customer bought at that week, the SKUs out there. */
    public record StockoutWeek(LocalDate week, String storeId, List<String> skus) {}

    public static ActionDetail of(CustomerResult result, Model model) {
        if (!result.attribution().rootCause().restocks()) {
            return NONE;
        }
        StockoutWeeks weeks = result.attribution().overlapWeeks();
        StockoutCalendar calendar = model.calendar();
        List<StockoutWeek> list = new ArrayList<>(weeks.count());
        TreeSet<Integer> all = new TreeSet<>();
        for (int j = 0; j < weeks.count(); j++) {
            int[] out = calendar.skusOut(weeks.store(j), weeks.week(j));
            List<String> names = new ArrayList<>(out.length);
            for (int sku : out) {
                names.add(calendar.sku(sku));
                all.add(sku);
            }
            list.add(new StockoutWeek(model.weeks()[weeks.week(j)], model.storeIds()[weeks.store(j)], List.copyOf(names)));
        }
        // SKU numbers follow the SKU id order, so the sorted numbers give the names in order
        return new ActionDetail(List.copyOf(list), all.stream().map(calendar::sku).toList());
    }
}
