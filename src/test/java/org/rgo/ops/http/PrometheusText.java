package org.rgo.ops.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4, as Prometheus scrapes /observe/metrics.
 * Maven Central has no Java parser of the format in our registry (client_java only writes it), so
 * this one rejects what Prometheus would: a bad name or label, an unescaped quote, a value that is
 * no float, a TYPE after its samples or given twice, a series given twice.
 */
final class PrometheusText {

    record Sample(String name, Map<String, String> labels, double value) {}

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");

    private final List<Sample> samples;
    private final Map<String, String> types;

    private PrometheusText(List<Sample> samples, Map<String, String> types) {
        this.samples = samples;
        this.types = types;
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Set<String> seenFamilies = new HashSet<>();
        Set<String> seenSeries = new HashSet<>();
        String[] lines = text.split("\n", -1);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition does not end with a line break");
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = "line " + (i + 1) + ": " + line;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] parts = line.split(" ", 4);
                if (parts.length >= 3 && (parts[1].equals("HELP") || parts[1].equals("TYPE"))) {
                    require(NAME.matcher(parts[2]).matches(), "bad metric name", where);
                    if (parts[1].equals("TYPE")) {
                        require(parts.length == 4 && TYPES.contains(parts[3]), "unknown type", where);
                        require(!seenFamilies.contains(parts[2]), "TYPE after samples of the family", where);
                        require(types.put(parts[2], parts[3]) == null, "TYPE given twice", where);
                    }
                }
                continue;
            }
            Sample sample = sample(line, where);
            seenFamilies.add(family(sample.name(), types));
            require(seenSeries.add(sample.name() + sample.labels()), "series given twice", where);
            samples.add(sample);
        }
        return new PrometheusText(samples, types);
    }

    private static Sample sample(String line, String where) {
        Matcher name = Pattern.compile("^[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(line);
        require(name.find(), "no metric name", where);
        int at = name.end();
        Map<String, String> labels = new LinkedHashMap<>();
        if (at < line.length() && line.charAt(at) == '{') {
            int close = labelsEnd(line, at + 1, where);
            String body = line.substring(at + 1, close);
            int position = 0;
            while (position < body.length()) {
                Matcher label = LABEL.matcher(body);
                require(label.find(position) && label.start() == position, "bad label", where);
                require(LABEL_NAME.matcher(label.group(1)).matches() && !label.group(1).startsWith("__"), "bad label name", where);
                require(labels.put(label.group(1), unescape(label.group(2))) == null, "label given twice", where);
                position = label.end();
                if (position < body.length()) {
                    require(body.charAt(position) == ',', "labels not separated by a comma", where);
                    position++;
                }
            }
            at = close + 1;
        }
        require(at < line.length() && line.charAt(at) == ' ', "no space before the value", where);
        String[] valueAndTime = line.substring(at + 1).split(" ");
        require(valueAndTime.length == 1 || valueAndTime.length == 2, "extra fields", where);
        if (valueAndTime.length == 2) {
            require(valueAndTime[1].matches("-?[0-9]+"), "bad timestamp", where);
        }
        return new Sample(name.group(), labels, value(valueAndTime[0], where));
    }

    private static int labelsEnd(String line, int from, String where) {
        boolean quoted = false;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '}') {
                return i;
            }
        }
        throw new IllegalArgumentException("labels not closed: " + where);
    }

    private static double value(String text, String where) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                require(text.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?"), "bad value", where);
                return Double.parseDouble(text);
        }
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The family a sample belongs to: its name less a histogram's or summary's suffix. */
    private static String family(String name, Map<String, String> types) {
        for (String suffix : List.of("_bucket", "_count", "_sum", "_total", "_created", "_max")) {
            if (name.endsWith(suffix) && types.containsKey(name.substring(0, name.length() - suffix.length()))) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static void require(boolean condition, String problem, String where) {
        if (!condition) {
            throw new IllegalArgumentException(problem + " at " + where);
        }
    }

    Set<String> names() {
        Set<String> names = new HashSet<>();
        samples.forEach(sample -> names.add(sample.name()));
        return names;
    }

    Optional<String> type(String family) {
        return Optional.ofNullable(types.get(family));
    }

    /** The value of the one sample with this name and (at least) these labels, label, value, label, value... */
    double value(String name, String... labelsAndValues) {
        List<Sample> found = find(name, labelsAndValues);
        if (found.size() != 1) {
            throw new AssertionError("expected one sample " + name + " " + List.of(labelsAndValues) + ", found " + found);
        }
        return found.get(0).value();
    }

    List<Sample> find(String name, String... labelsAndValues) {
        List<Sample> found = new ArrayList<>();
        for (Sample sample : samples) {
            boolean matches = sample.name().equals(name);
            for (int i = 0; matches && i < labelsAndValues.length; i += 2) {
                matches = labelsAndValues[i + 1].equals(sample.labels().get(labelsAndValues[i]));
            }
            if (matches) {
                found.add(sample);
            }
        }
        return found;
    }
}
