package org.rgo.report;

import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Bullets;
import org.rgo.report.ReportDocument.Image;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;

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

    /** Backslash-escapes Markdown punctuation and writes HTML-significant characters as entities. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
