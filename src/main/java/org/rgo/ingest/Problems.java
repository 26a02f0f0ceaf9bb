package org.rgo.ingest;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one input file: the first {@code maxListed} in full, the rest counted. */
public final class Problems {

    /**
     * One problem, located by 1-based line and column; column 0 means the whole line, and line 0
     * the whole file.
     */
    public record Problem(long line, int column, String columnName, String value, String rule) {
        public String describe(String fileName) {
            StringBuilder text = new StringBuilder(printable(fileName));
            if (line > 0) {
                text.append(": line ").append(line);
            }
            if (column > 0) {
                text.append(", column ").append(column).append(" (").append(columnName).append(')');
            }
            if (value != null) {
                text.append(", value '").append(abbreviate(value)).append('\'');
            }
            return text.append(": ").append(printable(rule)).toString();
        }

        private static String abbreviate(String value) {
            String printable = printable(value);
            return printable.length() <= 60 ? printable : printable.substring(0, 57) + "...";
        }
    }

    /**
     * {@code text} with every control character shown as '?': file names and values end up in
     * log lines and error files, where a line break or terminal escape could forge entries.
     */
    public static String printable(String text) {
        StringBuilder printable = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (printable == null) {
                    printable = new StringBuilder(text.length()).append(text, 0, i);
                }
                printable.append('?');
            } else if (printable != null) {
                printable.append(c);
            }
        }
        return printable == null ? text : printable.toString();
    }

    private final String fileName;
    private final int maxListed;
    private final List<Problem> listed = new ArrayList<>();
    private long count;

    public Problems(String fileName, int maxListed) {
        this.fileName = fileName;
        this.maxListed = maxListed;
    }

    public void add(long line, int column, String columnName, String value, String rule) {
        count++;
        if (listed.size() < maxListed) {
            listed.add(new Problem(line, column, columnName, value, rule));
        }
    }

    public boolean any() {
        return count > 0;
    }

    public void throwIfAny() {
        if (any()) {
            throw new RejectedFileException(fileName, List.copyOf(listed), count);
        }
    }

    /** Rejects the file at once with a single problem. */
    public RejectedFileException reject(long line, int column, String columnName, String value, String rule) {
        add(line, column, columnName, value, rule);
        return new RejectedFileException(fileName, List.copyOf(listed), count);
    }
}
