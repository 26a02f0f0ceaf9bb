package org.rgo.spark;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;

/**
 * The per-customer step, run on the executors with one customer's rows sorted by week and then by
 * place in the file. A placeholder: it counts and checks the order; the kernel's per-customer
 * evaluation takes its place (same input, the kernel's row and accumulators out).
 */
final class CustomerWeeksStep implements FlatMapGroupsFunction<String, SalesRow, CustomerWeeks> {

    @Override
    public Iterator<CustomerWeeks> call(String customerId, Iterator<SalesRow> rows) {
        CustomerWeeks result = new CustomerWeeks();
        result.setCustomerId(customerId);
        boolean inOrder = true;
        long count = 0;
        int weeks = 0;
        BigDecimal total = BigDecimal.ZERO;
        SalesRow previous = null;
        while (rows.hasNext()) {
            SalesRow row = rows.next();
            count++;
            if (previous == null) {
                result.setFirstWeek(row.getWeekStart());
            }
            if (previous != null && row.getWeekStart().equals(previous.getWeekStart())) {
                // a second row for the same week replaces the first (SPEC §2: the later row wins)
                inOrder &= row.getRowOrder() > previous.getRowOrder();
                total = total.subtract(previous.getSpend());
            } else {
                inOrder &= previous == null || row.getWeekStart().isAfter(previous.getWeekStart());
                weeks++;
            }
            total = total.add(row.getSpend());
            previous = row;
        }
        result.setRows(count);
        result.setWeeks(weeks);
        result.setLastWeek(previous == null ? null : previous.getWeekStart());
        result.setSpend(total.signum() == 0 ? "0" : total.stripTrailingZeros().toPlainString());
        result.setWeeksInOrder(inOrder);
        return List.of(result).iterator();
    }
}
