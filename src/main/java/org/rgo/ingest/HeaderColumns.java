package org.rgo.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The header of an export that has been read and checked: its column names as the readers match
 * them (trimmed, lower case), in file order. Read on its own, apart from the row readers, so that
 * what a run's inputs look like (for the data gate) does not depend on how their rows are parsed.
 */
final class HeaderColumns {

    private static final int READ_BUFFER_BYTES = 1 << 12;

    private HeaderColumns() {}

    static List<String> of(Path file) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(new StrictUtf8Reader(Files.newInputStream(file), READ_BUFFER_BYTES))) {
            Iterator<CsvRecord> records = reader.iterator();
            return records.hasNext()
                    ? records.next().getFields().stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the header of " + file, e);
        }
    }
}
