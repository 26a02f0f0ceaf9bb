package org.rgo.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rgo.report.RunOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The headline figures of a finished run, read back from its summary.json (SPEC §10). */
public record RunSummary(String asOfWeek, String verdict, double totalRei, double totalGap, int customersAtRisk) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static RunSummary read(Path runFolder) {
        Path file = runFolder.resolve(RunOutput.SUMMARY);
        try {
            JsonNode summary = JSON.readTree(file.toFile());
            return new RunSummary(field(summary, "as_of_week", file).asText(), field(summary, "verdict", file).asText(),
                    field(summary, "total_rei", file).asDouble(), field(summary, "total_gap", file).asDouble(),
                    field(summary, "customer_count_with_gaps", file).asInt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JsonNode field(JsonNode summary, String name, Path file) {
        JsonNode value = summary.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalStateException(file + " has no " + name);
        }
        return value;
    }
}
