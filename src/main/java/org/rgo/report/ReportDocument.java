package org.rgo.report;

import java.util.List;

/** The executive report as content, independent of format; renderers escape every text. */
public record ReportDocument(String title, List<Section> sections) {

    public record Section(String heading, List<Block> blocks) {}

    public sealed interface Block permits Paragraph, Bullets, Table, Image, Callout, Tiles {}

    /** How a callout or tile should strike the reader: alert (act now), warning, good news, plain. */
    public enum Tone { ALERT, WARNING, GOOD, NEUTRAL }

    /** A paragraph; {@code emphasis} marks an alert line (triggers, verdict). */
    public record Paragraph(String text, boolean emphasis) implements Block {
        public Paragraph(String text) {
            this(text, false);
        }
    }

    public record Bullets(List<String> items) implements Block {}

    /** A table; columns listed in {@code numericColumns} are right-aligned. */
    public record Table(List<String> header, List<List<String>> rows, List<Integer> numericColumns) implements Block {}

    /** A picture (a chart), PNG bytes; Markdown shows its caption only. */
    public record Image(String caption, byte[] png) implements Block {}

    /** A boxed line that must not be missed (a trigger, the verdict). */
    public record Callout(Tone tone, String text) implements Block {}

    /** Headline figures shown side by side (KPI tiles). */
    public record Tiles(List<Tile> tiles) implements Block {}

    /** One headline figure: a label, the value, and a short note under it (may be empty). */
    public record Tile(String label, String value, String note, Tone tone) {}
}
