package org.rgo.gate;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kept part of a {@link DataProfile} as plain text, one fact per line, for the run ledger:
 * <pre>
 * rgo-data-profile 1
 * as-of 2025-11-22
 * digest 3f2a...
 * file retail_customers 200 &lt;sha256 or -&gt; &lt;name&gt; &lt;column,column,...&gt;
 * week 2025-09-06 200 2542425
 * </pre>
 * Names and columns are URL-encoded, so no text in a file can break a line.
 */
public final class ProfileText {

    private static final String HEADER = "rgo-data-profile 1";
    private static final String NONE = "-";

    private ProfileText() {}

    public static String write(DataProfile profile) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("as-of ").append(profile.asOfWeek() == null ? NONE : profile.asOfWeek()).append('\n');
        text.append("digest ").append(profile.salesDigest().isEmpty() ? NONE : profile.salesDigest()).append('\n');
        profile.files().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            DataProfile.FileFacts file = entry.getValue();
            text.append("file ").append(encode(entry.getKey())).append(' ').append(file.rows()).append(' ')
                    .append(file.sha256() == null ? NONE : file.sha256()).append(' ').append(encode(file.name()))
                    .append(' ').append(file.columns().isEmpty() ? NONE
                            : String.join(",", file.columns().stream().map(ProfileText::encode).toList()))
                    .append('\n');
        });
        for (DataProfile.Week week : profile.weeks()) {
            text.append("week ").append(week.start()).append(' ').append(week.rows()).append(' ')
                    .append(week.spendCents()).append('\n');
        }
        return text.toString();
    }

    /** The profile a {@link #write} gave; fails on any other text. */
    public static DataProfile read(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not a data profile: " + (lines.length == 0 ? "" : lines[0]));
        }
        LocalDate asOf = null;
        String digest = "";
        Map<String, DataProfile.FileFacts> files = new LinkedHashMap<>();
        List<DataProfile.Week> weeks = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(" ");
            switch (f[0]) {
                case "as-of" -> asOf = f[1].equals(NONE) ? null : LocalDate.parse(f[1]);
                case "digest" -> digest = f[1].equals(NONE) ? "" : f[1];
                case "file" -> files.put(decode(f[1]), new DataProfile.FileFacts(decode(f[4]), Long.parseLong(f[2]),
                        f[5].equals(NONE) ? List.of() : Arrays.stream(f[5].split(",", -1)).map(ProfileText::decode).toList(),
                        f[3].equals(NONE) ? null : f[3]));
                case "week" -> weeks.add(new DataProfile.Week(LocalDate.parse(f[1]), Long.parseLong(f[2]),
                        Long.parseLong(f[3])));
                default -> throw new IllegalArgumentException("unknown line in a data profile: " + lines[i]);
            }
        }
        return new DataProfile(asOf, weeks, Math.max(0, weeks.size() - 1), List.of(), List.of(), 0, files, digest);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
