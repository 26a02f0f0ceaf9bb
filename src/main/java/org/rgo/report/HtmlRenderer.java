package org.rgo.report;

import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Bullets;
import org.rgo.report.ReportDocument.Image;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;

import java.util.Base64;
import java.util.List;

/**
 * report.html: one self-contained file (inline CSS, images as data URIs, no scripts, fonts or
 * external links), so it opens offline and survives email. Every text is HTML-escaped.
 */
public final class HtmlRenderer {

    private static final String STYLE = """
            body{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:2rem auto;max-width:1100px;color:#1d2733;padding:0 1rem}
            h1{font-size:1.6rem;border-bottom:3px solid #1d4e89;padding-bottom:.4rem}
            h2{font-size:1.15rem;color:#1d4e89;margin-top:2rem}
            table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
            th,td{border:1px solid #d5dce4;padding:.3rem .6rem;text-align:left}
            th{background:#eef2f7}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            p.alert{font-weight:600;background:#fff4e5;border-left:4px solid #e8890c;padding:.5rem .8rem}
            img{max-width:100%;height:auto}
            """;

    private HtmlRenderer() {}

    public static String render(ReportDocument document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(escape(document.title())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(escape(document.title())).append("</h1>\n");
        for (Section section : document.sections()) {
            html.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            section.blocks().forEach(block -> block(html, block));
        }
        return html.append("</body></html>\n").toString();
    }

    private static void block(StringBuilder html, Block block) {
        if (block instanceof Paragraph p) {
            html.append(p.emphasis() ? "<p class=\"alert\">" : "<p>").append(escape(p.text())).append("</p>\n");
        } else if (block instanceof Bullets b) {
            html.append("<ul>");
            b.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
            html.append("</ul>\n");
        } else if (block instanceof Table t) {
            table(html, t);
        } else if (block instanceof Image i) {
            html.append("<figure><img alt=\"").append(escape(i.caption())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(i.png())).append("\"><figcaption>")
                    .append(escape(i.caption())).append("</figcaption></figure>\n");
        }
    }

    private static void table(StringBuilder html, Table t) {
        html.append("<table><thead><tr>");
        t.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (List<String> row : t.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                html.append(t.numericColumns().contains(c) ? "<td class=\"num\">" : "<td>")
                        .append(escape(row.get(c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
