package org.rgo.report;

import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Bullets;
import org.rgo.report.ReportDocument.Callout;
import org.rgo.report.ReportDocument.Image;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;
import org.rgo.report.ReportDocument.Tiles;

import java.util.List;

/** report.md. Every text is escaped so data cannot become markup, links or HTML. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {}

    public static String render(ReportDocument document) {
        StringBuilder md = new StringBuilder("# ").append(escape(document.title())).append("\n\n");
        for (Section section : document.sections()) {
            md.append("## ").append(escape(section.heading())).append("\n\n");
            for (Block block : section.blocks()) {
                block(md, block);
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void block(StringBuilder md, Block block) {
        if (block instanceof Paragraph p) {
            md.append(p.emphasis() ? "**" + escape(p.text()) + "**" : escape(p.text())).append('\n');
        } else if (block instanceof Bullets b) {
            b.items().forEach(item -> md.append("- ").append(escape(item)).append('\n'));
        } else if (block instanceof Table t) {
            table(md, t);
        } else if (block instanceof Image i) {
            md.append("*Chart: ").append(escape(i.caption())).append(" (see report.html)*\n");
        } else if (block instanceof Callout c) {
            md.append("> **").append(escape(c.text())).append("**\n");
        } else if (block instanceof Tiles t) {
            table(md, new Table(List.of("Headline", "Value", "Note"),
                    t.tiles().stream().map(tile -> List.of(tile.label(), tile.value(), tile.note())).toList(), List.of(1)));
        }
    }

    private static void table(StringBuilder md, Table t) {
        row(md, t.header());
        md.append('|');
        for (int c = 0; c < t.header().size(); c++) {
            md.append(t.numericColumns().contains(c) ? " ---: |" : " --- |");
        }
        md.append('\n');
        t.rows().forEach(r -> row(md, r));
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(escape(cell)).append(" |"));
        md.append('\n');
    }

    /**
     * Backslash-escapes Markdown punctuation, writes HTML-significant characters as entities, and
     * breaks what GitHub would auto-link (URLs, www. names, e-mail addresses).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~', '@' ->
                        out.append('\\').append(c);
                // GitHub turns bare "scheme://" and "www." text into links; an escaped ':' or '.' is plain text
                case ':' -> out.append(text.startsWith("//", i + 1) ? "\\:" : ":");
                case '.' -> out.append(i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : ".");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
