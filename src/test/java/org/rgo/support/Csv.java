package org.rgo.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Edits of the sample's lines (it has no quoted fields, so a comma always separates fields). */
public final class Csv {

    private Csv() {}

    /** {@code lines} with the field of {@code column} on line {@code lineNumber} (1-based) replaced. */
    public static List<String> withField(List<String> lines, int lineNumber, String column, String value) {
        int at = Arrays.asList(lines.get(0).split(",", -1)).indexOf(column);
        List<String> edited = new ArrayList<>(lines);
        String[] fields = edited.get(lineNumber - 1).split(",", -1);
        fields[at] = value;
        edited.set(lineNumber - 1, String.join(",", fields));
        return edited;
    }

    /** {@code value} as one RFC 4180 field. */
    public static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
