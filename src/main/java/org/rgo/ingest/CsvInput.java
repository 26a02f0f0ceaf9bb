package org.rgo.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One CSV export opened for reading (SPEC §1): UTF-8 with or without BOM, RFC 4180 quoting, header
 * names matched case-insensitively after trimming, required columns checked before any row is read.
 */
final class CsvInput implements AutoCloseable {

    private static final int READ_BUFFER_BYTES = 1 << 16;
    /** How much of a broken header a message quotes: enough to recognise it, not a whole binary file. */
    private static final int QUOTED_HEADER_CHARS = 200;

    private final Path file;
    private final String fileName;
    private final Problems problems;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();

    private CsvInput(Path file, String fileName, Problems problems) throws IOException {
        this.file = file;
        this.fileName = fileName;
        this.problems = problems;
        InputStream bytes = Files.newInputStream(file);
        this.reader = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new StrictUtf8Reader(bytes, READ_BUFFER_BYTES));
        this.records = reader.iterator();
        try {
            if (!records.hasNext()) {
                throw problems.reject(1, 0, null, null, "the file is empty (a header row is required)");
            }
            this.header = records.next().getFields().stream().map(name -> name.trim().toLowerCase(Locale.ROOT))
                    .toList();
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
    }

    /** Opens {@code file} (named {@code fileName} in messages) and checks the header has every column {@code kind} needs. */
    static CsvInput open(Path file, String fileName, InputKind kind, Problems problems) {
        CsvInput input;
        try {
            input = new CsvInput(file, fileName, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (CsvParseException e) {
            throw problems.reject(1, 0, null, null, "unreadable header: " + e.getMessage());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
                throw problems.reject(lineOf(file, notUtf8.byteOffset()), 0, null, null, notUtf8Rule(notUtf8));
            }
            throw e;
        }
        for (String required : kind.requiredColumns()) {
            long times = input.header.stream().filter(required::equals).count();
            if (times == 0) {
                problems.add(1, 0, null, null, "missing required column '" + required + "' (header: "
                        + quotedHeader(input.header) + ")");
            } else if (times > 1) {
                problems.add(1, 0, null, null, "column '" + required + "' appears " + times
                        + " times in the header; it must appear once");
            }
        }
        if (problems.any()) {
            input.close();
            problems.throwIfAny();
        }
        return input;
    }

    String fileName() {
        return fileName;
    }

    /** 0-based index of a column, or -1 when the file does not have it. */
    int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** The (lower-case) name of a column, for messages. */
    String columnName(int index) {
        return header.get(index);
    }

    /**
     * Hands every data row with the right number of fields to {@code rowHandler}; a row with another
     * number of fields, or broken quoting, is recorded as a problem. Rejects a file with no data row.
     */
    void forEachRow(Consumer<Row> rowHandler) {
        Row row = new Row();
        boolean anyRow = false;
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                anyRow = true;
                if (record.getFieldCount() != header.size()) {
                    problems.add(record.getStartingLineNumber(), 0, null, null,
                            "expected " + header.size() + " fields, found " + record.getFieldCount());
                    continue;
                }
                row.record = record;
                rowHandler.accept(row);
            }
        } catch (CsvParseException e) {
            problems.add(0, 0, null, null, "malformed CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
                problems.add(lineOf(file, notUtf8.byteOffset()), 0, null, null, notUtf8Rule(notUtf8));
            } else {
                throw e;
            }
        }
        if (!anyRow && !problems.any()) {
            problems.add(1, 0, null, null, "the file has a header but no data rows");
        }
    }

    private static String notUtf8Rule(StrictUtf8Reader.NotUtf8Exception notUtf8) {
        return "not UTF-8 text: " + notUtf8.getMessage() + " (export the file as UTF-8 CSV)";
    }

    /** The header as the message quotes it: printable, and cut short when it is long (a binary file). */
    private static String quotedHeader(List<String> header) {
        String joined = Problems.printable(String.join(",", header));
        return joined.length() <= QUOTED_HEADER_CHARS ? joined : joined.substring(0, QUOTED_HEADER_CHARS) + "...";
    }

    /** The 1-based line holding byte {@code offset}; read again only when a file is rejected for it. */
    private static long lineOf(Path file, long offset) {
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[READ_BUFFER_BYTES];
            long position = 0;
            int read;
            while (position < offset && (read = in.read(buffer)) > 0) {
                for (int i = 0; i < read && position < offset; i++, position++) {
                    if (buffer[i] == '\n') {
                        line++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return line;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current data row; reused between rows. */
    final class Row {
        private CsvRecord record;

        long line() {
            return record.getStartingLineNumber();
        }

        String field(int column) {
            return record.getField(column).trim();
        }

        void problem(int column, String value, String rule) {
            problems.add(line(), column + 1, columnName(column), value, rule);
        }
    }
}
