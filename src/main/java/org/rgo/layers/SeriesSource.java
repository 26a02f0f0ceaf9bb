package org.rgo.layers;

import org.rgo.ingest.CustomerDirectory;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.SalesTable;

import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * What every layer needs before it can build a customer's series, found once per run: the first
 * week with a row, and loyalty from the customers file. Each layer rebuilds the series it needs
 * (they are not kept: a million series would not fit beside the sales table under a 1 GB heap),
 * but no longer searches the weeks or looks the customer up by id every time.
 */
public final class SeriesSource {

    private static final int NO_ROW = -1;

    private final Dataset data;
    private final boolean fillMissingWeeks;
    private final int[] firstWeek;
    private final BitSet loyal;

    private SeriesSource(Dataset data, boolean fillMissingWeeks, int[] firstWeek, BitSet loyal) {
        this.data = data;
        this.fillMissingWeeks = fillMissingWeeks;
        this.firstWeek = firstWeek;
        this.loyal = loyal;
    }

    public static SeriesSource of(Dataset data, boolean fillMissingWeeks) {
        SalesTable sales = data.sales();
        int customers = sales.customerCount();
        int[] first = new int[customers];
        java.util.Arrays.fill(first, NO_ROW);
        for (int w = sales.weekCount() - 1; w >= 0; w--) {
            for (int c = 0; c < customers; c++) {
                if (sales.hasRow(w, c)) {
                    first[c] = w;
                }
            }
        }
        CustomerDirectory directory = data.customers();
        BitSet loyal = new BitSet(customers);
        boolean[] loyalCustomer = new boolean[customers];
        IntStream.range(0, customers).parallel().forEach(c -> {
            int row = directory.row(sales.customerId(c));
            loyalCustomer[c] = row >= 0 && directory.loyal().get(row);
        });
        for (int c = 0; c < customers; c++) {
            loyal.set(c, loyalCustomer[c]);
        }
        return new SeriesSource(data, fillMissingWeeks, first, loyal);
    }

    public CustomerSeries series(int customer) {
        int first = firstWeek[customer];
        return CustomerSeries.of(data.sales(), customer, fillMissingWeeks,
                first == NO_ROW ? data.sales().weekCount() : first, loyal.get(customer));
    }
}
