package org.rgo.pipeline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.rgo.config.Settings;
import org.rgo.support.Folders;
import org.rgo.support.Inbox;
import org.rgo.ingest.CustomerDirectory;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.Problems;
import org.rgo.ingest.RejectedFileException;
import org.rgo.ingest.SalesTable;
import org.rgo.ingest.StagingArea;
import org.rgo.ingest.StockTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random and mutated exports fed to the ingest step (and through it to ExportReader): each ends in
 * a staged data set that is a byte-for-byte copy, or in a RejectedFileException whose every problem
 * says where it is; never in another exception or a hang. Seeds are fixed: the same cases each run.
 */
class IngestStepFuzzTest {

    private static final Path ROOT = Path.of("target/hardening/fuzz");
    private static final Duration PER_TRY = Duration.ofSeconds(5);
    /** The first lines of each sample file: real rows, small enough for hundreds of tries. */
    private static final int SAMPLE_LINES = 40;
    private static final char[] INTERESTING = {',', '"', '\n', '\r', ' ', '\t', '\u0000', '\uFEFF', '-', '.', '0', '9',
            'x', 'T', ':', '\u00e9', '\u2028', '='};

    private final ExportReader reader = new ExportReader(Settings.defaults(), 50, 1040, 1_000_000);

    @BeforeContainer
    static void emptyFolder() {
        Folders.wiped(ROOT);
    }

    @Property(tries = 150, seed = "20261106")
    void randomBytes(@ForAll("kinds") InputKind kind, @ForAll("bytes") byte[] content) {
        ingest(kind, content);
    }

    @Property(tries = 300, seed = "20261107")
    void mutatedSampleText(@ForAll("kinds") InputKind kind, @ForAll("textMutations") List<Mutation> mutations) {
        StringBuilder text = new StringBuilder(sampleText(kind));
        mutations.forEach(mutation -> mutation.applyTo(text));
        ingest(kind, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 150, seed = "20261108")
    void mutatedSampleBytes(@ForAll("kinds") InputKind kind, @ForAll("byteFlips") List<int[]> flips) {
        byte[] content = sampleText(kind).getBytes(StandardCharsets.UTF_8);
        for (int[] flip : flips) {
            content[flip[0] % content.length] = (byte) flip[1];
        }
        ingest(kind, content);
    }

    private void ingest(InputKind kind, byte[] content) {
        // statistics only work on jqwik's thread, the timeout runs the try on another
        Statistics.collect(assertTimeoutPreemptively(PER_TRY, () -> outcome(kind, content)));
    }

    private String outcome(InputKind kind, byte[] content) throws IOException {
        Path inbox = ROOT.resolve("inbox");
        Files.createDirectories(inbox);
        String name = kind.prefix() + "_fuzz.csv";
        Path file = Files.write(inbox.resolve(name), content);
        StagingArea staging = new StagingArea(inbox, System::currentTimeMillis, 0);
        IngestStep step = new IngestStep(reader, staging);
        try {
            step.accept(name, file.toFile());
        } catch (RejectedFileException rejected) {
            checkPrecise(name, rejected);
            return "rejected";
        }
        StagingArea.StagedFile staged = staging.staged(kind).orElseThrow();
        assertEquals(StagingArea.sha256(file), staged.sha256());
        assertTrue(Arrays.equals(content, Files.readAllBytes(staged.path())), "the staged copy is the file");
        checkValid(switch (kind) {
            case CUSTOMERS -> reader.customers(staged.path());
            case SALES -> reader.sales(staged.path(), 0);
            case STOCK -> reader.stock(staged.path());
        });
        return "accepted";
    }

    private static void checkPrecise(String name, RejectedFileException rejected) {
        assertEquals(name, rejected.fileName());
        assertFalse(rejected.problems().isEmpty());
        assertTrue(rejected.problemCount() >= rejected.problems().size());
        assertTrue(rejected.problems().size() <= 50);
        for (Problems.Problem problem : rejected.problems()) {
            String described = problem.describe(name);
            assertTrue(problem.line() >= 1 || problem.rule().startsWith("malformed CSV"),
                    "a problem in the content names its line: " + described);
            if (problem.column() > 0) {
                assertTrue(problem.columnName() != null && problem.value() != null, described);
            }
            assertTrue(described.startsWith(name + ": "), described);
            assertTrue(described.chars().noneMatch(Character::isISOControl), "printable: " + described);
        }
        String report = rejected.report();
        assertTrue(report.startsWith("Rejected " + name + ": " + rejected.problemCount() + " problem"), report);
    }

    private static void checkValid(Object table) {
        if (table instanceof CustomerDirectory customers) {
            assertTrue(customers.size() >= 1 && customers.size() <= customers.rowCount());
        } else if (table instanceof SalesTable sales) {
            assertTrue(sales.weekCount() >= 1 && sales.customerCount() >= 1 && sales.rowCount() >= 1);
            for (int w = 1; w < sales.weekCount(); w++) {
                assertTrue(sales.week(w - 1).isBefore(sales.week(w)), "weeks in order");
            }
            for (int w = 0; w < sales.weekCount(); w++) {
                for (int c = 0; c < sales.customerCount(); c++) {
                    if (sales.hasRow(w, c)) {
                        double spend = sales.spend(w, c);
                        assertTrue(spend >= 0 && Double.isFinite(spend), "money is a plain decimal >= 0: " + spend);
                    }
                }
                assertFalse(sales.customerId(0).isEmpty());
            }
        } else if (table instanceof StockTable stock) {
            assertTrue(stock.rowCount() >= 1);
        } else {
            fail("unexpected table " + table);
        }
    }

    private static String sampleText(InputKind kind) {
        List<String> lines = Inbox.sampleLines(kind.stagedFileName());
        return String.join("\n", lines.subList(0, Math.min(SAMPLE_LINES, lines.size()))) + "\n";
    }

    /**
     * One edit of the text at a position (taken modulo the length): characters deleted, inserted,
     * overwritten or repeated, the text cut short, or the whole line there repeated or removed (the
     * line edits mostly keep a file valid, so both outcomes get tried).
     */
    record Mutation(int kind, int position, char character, int length) {
        void applyTo(StringBuilder text) {
            if (text.isEmpty()) {
                text.append(character);
                return;
            }
            int at = position % text.length();
            int end = Math.min(text.length(), at + length);
            switch (kind) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, character);
                case 2 -> text.replace(at, end, String.valueOf(character).repeat(end - at));
                case 3 -> text.insert(at, text.substring(at, end));
                case 4 -> text.setLength(at);
                case 5 -> text.delete(at, end);
                default -> {
                    int lineStart = text.lastIndexOf("\n", at - 1) + 1;
                    int lineEnd = text.indexOf("\n", at);
                    lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
                    if (kind == 6) {
                        text.insert(lineStart, text.substring(lineStart, lineEnd));
                    } else {
                        text.delete(lineStart, lineEnd);
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<InputKind> kinds() {
        return Arbitraries.of(InputKind.values());
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    }

    @Provide
    Arbitrary<List<Mutation>> textMutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.of(toList(INTERESTING)),
                Arbitraries.integers().between(1, 20))
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<int[]>> byteFlips() {
        Arbitrary<int[]> flip = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255)).as((at, value) -> new int[] {at, value});
        return flip.list().ofMinSize(1).ofMaxSize(4);
    }

    private static List<Character> toList(char[] chars) {
        List<Character> list = new ArrayList<>();
        for (char c : chars) {
            list.add(c);
        }
        return list;
    }
}
