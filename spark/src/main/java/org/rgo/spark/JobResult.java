package org.rgo.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the driver hands back to the service: {@code job-result.json} in the result folder, written
 * last and by one rename, so its presence means the job's outputs are complete.
 */
record JobResult(String applicationId, long customersRows, long salesRows, long stockRows, long salesCustomers,
                 String asOfWeek, boolean weeksInOrder, String customerWeeks) {

    static final String FILE_NAME = "job-result.json";

    Path writeTo(Path folder) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("application_id", applicationId);
        fields.put("customers_rows", customersRows);
        fields.put("sales_rows", salesRows);
        fields.put("stock_rows", stockRows);
        fields.put("sales_customers", salesCustomers);
        fields.put("as_of_week", asOfWeek);
        fields.put("weeks_in_order", weeksInOrder);
        fields.put("customer_weeks", customerWeeks);
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve("." + FILE_NAME + ".tmp");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(temporary.toFile(), fields);
            return Files.move(temporary, folder.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE_NAME + " to " + folder, e);
        }
    }
}
