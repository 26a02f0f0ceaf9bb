package org.rgo.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rgo.report.RunOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The data gate's verdict as a run folder's summary.json records it: {@code gate.status} and the
 * reasons' messages. A summary without a gate (written before the gate existed) counts as PASSED.
 */
public record GateVerdict(String status, List<String> messages) {

    public static final String HELD = "HELD";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static GateVerdict read(Path runFolder) {
        Path file = runFolder.resolve(RunOutput.SUMMARY);
        try {
            JsonNode gate = JSON.readTree(file.toFile()).path("gate");
            List<String> messages = new ArrayList<>();
            gate.path("reasons").forEach(reason -> messages.add(reason.path("message").asText()));
            return new GateVerdict(gate.path("status").asText("PASSED"), List.copyOf(messages));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public boolean held() {
        return HELD.equals(status);
    }
}
