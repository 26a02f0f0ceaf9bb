package org.rgo.golden;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Where the golden outputs live, and how an output is compared with its golden file. */
public final class GoldenOutputs {

    public static final Path ROOT = Path.of("src", "test", "resources", "golden");
    /** SHA-256 of every input file the outputs were recorded from, in {@code sha256sum} format. */
    public static final String MANIFEST = "inputs.sha256";
    /** The one summary field that differs on every run: the load time. */
    static final String SNAPSHOT_FIELD = "\"data_snapshot_utc\"";
    /** Reads and writes summary.json as SummaryJson does, decimals kept with their scale. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Longer lines (summary.json puts a whole list on one line) are shown around their first difference. */
    private static final int LONGEST_SHOWN = 240;

    private GoldenOutputs() {}

    /**
     * The golden file of {@code output} in a recorded case folder: customers.csv, the one large
     * output, is kept gzipped (the fixtures stay under a megabyte); the others as written.
     */
    public static Path goldenFile(Path caseFolder, String output) {
        return caseFolder.resolve(output.equals(GoldenCases.CUSTOMERS_CSV) ? output + ".gz" : output);
    }

    /** One line with its terminator, and its number in the file it came from. */
    private record Line(int number, String bytes) {}

    /**
     * Empty when {@code actual} has exactly the bytes of the golden file (for summary.json: apart
     * from the {@code data_snapshot_utc} line); else a message naming the case and showing the first
     * differing line of both. The golden content is then also written next to the output, as
     * {@code <output>.golden}, to be diffed.
     */
    public static Optional<String> difference(String caseName, Path golden, Path actual) {
        if (!Files.exists(golden)) {
            return Optional.of(caseName + ": no golden file " + golden);
        }
        if (!Files.exists(actual)) {
            return Optional.of(caseName + ": the run wrote no " + actual.getFileName() + " (golden file " + golden + ")");
        }
        boolean summary = actual.getFileName().toString().equals(GoldenCases.SUMMARY_JSON);
        byte[] expectedBytes = goldenBytes(golden);
        byte[] actualBytes = read(actual);
        if (summary) {
            JsonNode want = tree(expectedBytes);
            actualBytes = json(keepOnlyKeysOf(want, tree(actualBytes)));
            expectedBytes = json(want);
        }
        List<Line> want = lines(expectedBytes, summary);
        List<Line> got = lines(actualBytes, summary);
        int at = 0;
        while (at < want.size() && at < got.size() && want.get(at).bytes().equals(got.get(at).bytes())) {
            at++;
        }
        if (at == want.size() && at == got.size()) {
            return Optional.empty();
        }
        Path goldenCopy = actual.resolveSibling(actual.getFileName() + ".golden");
        write(goldenCopy, expectedBytes);

        Line wanted = at < want.size() ? want.get(at) : null;
        Line found = at < got.size() ? got.get(at) : null;
        String a = wanted == null ? "" : text(wanted);
        String b = found == null ? "" : text(found);
        int from = commonPrefix(a, b);
        StringBuilder message = new StringBuilder(caseName).append(" differs from the golden file ");
        message.append(wanted != null ? "at line " + wanted.number() : "after its last line (" + want.size()
                + " lines compared)");
        if (wanted != null && found != null) {
            String column = csvColumn(want, a, from);
            message.append(column.isEmpty() ? ", character " + (from + 1) : ", column " + column);
        }
        message.append(":\n  expected: ").append(wanted == null ? "<no line: the golden file ends here>" : shown(a, from));
        message.append("\n  actual:   ").append(found == null ? "<no line: the output ends here>" : shown(b, from));
        if (wanted != null && found != null && a.equals(b)) {
            message.append("\n  (same text: only the line ending differs)");
        }
        message.append("\n  lines compared: expected ").append(want.size()).append(", actual ").append(got.size());
        message.append("\n  golden file: ").append(golden);
        message.append("\n  to see all:  diff ").append(goldenCopy.toAbsolutePath()).append(' ')
                .append(actual.toAbsolutePath());
        return Optional.of(message.toString());
    }

    /**
     * summary.json as far as the golden file has keys: later issues add keys (trend drivers,
     * follow-up, the data gate); the recorded ones must keep their values and order.
     */
    private static JsonNode keepOnlyKeysOf(JsonNode golden, JsonNode actual) {
        if (!(golden instanceof ObjectNode want) || !(actual instanceof ObjectNode got)) {
            return actual;
        }
        ObjectNode kept = JSON.createObjectNode();
        got.fields().forEachRemaining(field -> {
            if (want.has(field.getKey())) {
                kept.set(field.getKey(), keepOnlyKeysOf(want.get(field.getKey()), field.getValue()));
            }
        });
        return kept;
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] json(JsonNode tree) {
        try {
            return (JSON.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded bytes of a golden file (gunzipped when it is kept gzipped). */
    public static byte[] goldenBytes(Path golden) {
        if (!golden.getFileName().toString().endsWith(".gz")) {
            return read(golden);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(golden))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines with their terminators, decoded as ISO-8859-1 so that comparing them compares
     * bytes; the snapshot line left out when asked.
     */
    private static List<Line> lines(byte[] bytes, boolean ignoreSnapshot) {
        String content = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start < content.length()) {
            int end = content.indexOf('\n', start);
            end = end < 0 ? content.length() : end + 1;
            String line = content.substring(start, end);
            if (!(ignoreSnapshot && line.stripLeading().startsWith(SNAPSHOT_FIELD))) {
                lines.add(new Line(number, line));
            }
            start = end;
            number++;
        }
        return lines;
    }

    /** The header name of the CSV field holding character {@code at} of {@code line}; empty for other files. */
    private static String csvColumn(List<Line> lines, String line, int at) {
        String header = lines.isEmpty() ? "" : text(lines.get(0));
        if (!header.startsWith("customer_id,") || line.equals(header)) {
            return "";
        }
        int field = (int) line.substring(0, at).chars().filter(c -> c == ',').count();
        String[] names = header.split(",", -1);
        return (field + 1) + (field < names.length ? " " + names[field] : "");
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The whole line when short, else the part around {@code from}, where the two lines part. */
    private static String shown(String line, int from) {
        if (line.length() <= LONGEST_SHOWN) {
            return line;
        }
        int start = Math.max(0, from - LONGEST_SHOWN / 3);
        int end = Math.min(line.length(), start + LONGEST_SHOWN);
        return (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
    }

    /** The line as UTF-8 text without its newline; a carriage return shown as \r. */
    private static String text(Line line) {
        String decoded = new String(line.bytes().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        String withoutNewline = decoded.endsWith("\n") ? decoded.substring(0, decoded.length() - 1) : decoded;
        return withoutNewline.replace("\r", "\\r");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
