package org.rgo.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.rgo.layers.RestockItem;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rgo.report.Formats.safeCsvText;

/** restock.csv: the restock list, in its order (REI affected descending, then store id and SKU). */
public final class RestockCsv {

    public static final String FILE = "restock.csv";
    public static final List<String> COLUMNS =
            List.of("store_id", "sku", "weeks_out", "customers_affected", "rei_affected");
    /** Rows the executive report and summary.json show. */
    public static final int TOP_ROWS = 10;

    private RestockCsv() {}

    public static void write(List<RestockItem> items, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        for (RestockItem item : items) {
            csv.writeRecord(safeCsvText(item.storeId()), safeCsvText(item.sku()), Integer.toString(item.weeksOut()),
                    Long.toString(item.customersAffected()), PlainDecimal.two(item.reiAffected()));
        }
        csv.flush();
    }

    /** The first rows as summary.json objects. */
    public static List<Map<String, Object>> top(List<RestockItem> items) {
        return items.stream().limit(TOP_ROWS).map(item -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("store_id", item.storeId());
            row.put("sku", item.sku());
            row.put("weeks_out", item.weeksOut());
            row.put("customers_affected", item.customersAffected());
            row.put("rei_affected", Formats.two(item.reiAffected()));
            return row;
        }).toList();
    }
}
