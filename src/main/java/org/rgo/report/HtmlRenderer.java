package org.rgo.report;

import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Bullets;
import org.rgo.report.ReportDocument.Callout;
import org.rgo.report.ReportDocument.Image;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;
import org.rgo.report.ReportDocument.Tile;
import org.rgo.report.ReportDocument.Tiles;
import org.rgo.report.ReportDocument.Tone;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * report.html: one self-contained file (inline CSS, images as data URIs, no scripts, fonts or
 * external links), so it opens offline and survives email. Every text is HTML-escaped.
 */
public final class HtmlRenderer {

    private static final String STYLE = """
            body{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:0 auto;max-width:1120px;color:#1d2733;padding:1.25rem 1.25rem 3rem;line-height:1.4}
            h1{font-size:1.6rem;border-bottom:3px solid #1d4e89;padding-bottom:.4rem;margin:.5rem 0 1rem}
            h2{font-size:1.15rem;color:#1d4e89;margin:2rem 0 .6rem}
            table{border-collapse:collapse;margin:.5rem 0;font-size:.88rem}
            th,td{border:1px solid #d5dce4;padding:.3rem .6rem;text-align:left;vertical-align:top}
            th{background:#eef2f7}
            tbody tr:nth-child(even){background:#f8fafc}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            p.alert{font-weight:600;background:#fff4e5;border-left:4px solid #e8890c;padding:.5rem .8rem}
            .callout{font-weight:600;padding:.6rem .9rem;border-left:6px solid;border-radius:4px;margin:.5rem 0}
            .callout.alert{background:#fdecea;border-color:#b42318;color:#7a1a12}
            .callout.warning{background:#fff4e5;border-color:#e8890c;color:#7a4305}
            .callout.good{background:#e9f7ef;border-color:#12805c;color:#0b4f39}
            .callout.neutral{background:#eef2f7;border-color:#1d4e89}
            .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:.75rem;margin:.75rem 0 1rem}
            .tile{border:1px solid #d5dce4;border-top:5px solid #1d4e89;border-radius:6px;padding:.6rem .85rem}
            .tile.alert{border-top-color:#b42318}.tile.warning{border-top-color:#e8890c}.tile.good{border-top-color:#12805c}
            .tile .label{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:#5b6b7c}
            .tile .value{font-size:1.55rem;font-weight:700;margin:.15rem 0;font-variant-numeric:tabular-nums}
            .tile .note{font-size:.8rem;color:#5b6b7c}
            .figures{display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0}
            figure{flex:1 1 440px;margin:0}
            figcaption{font-size:.8rem;color:#5b6b7c;text-align:center}
            img{max-width:100%;height:auto;display:block;margin:0 auto}
            """;

    private HtmlRenderer() {}

    public static String render(ReportDocument document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(escape(document.title())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(escape(document.title())).append("</h1>\n");
        for (Section section : document.sections()) {
            html.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            List<Block> blocks = section.blocks();
            for (int b = 0; b < blocks.size(); b++) {
                if (blocks.get(b) instanceof Image) {
                    // pictures that follow each other share a row, so two bar charts sit side by side
                    html.append("<div class=\"figures\">\n");
                    while (b < blocks.size() && blocks.get(b) instanceof Image image) {
                        image(html, image);
                        b++;
                    }
                    html.append("</div>\n");
                    b--;
                } else {
                    block(html, blocks.get(b));
                }
            }
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
            image(html, i);
        } else if (block instanceof Callout c) {
            html.append("<p class=\"callout ").append(toneClass(c.tone())).append("\">").append(escape(c.text()))
                    .append("</p>\n");
        } else if (block instanceof Tiles t) {
            html.append("<div class=\"tiles\">");
            for (Tile tile : t.tiles()) {
                html.append("<div class=\"tile ").append(toneClass(tile.tone())).append("\"><div class=\"label\">")
                        .append(escape(tile.label())).append("</div><div class=\"value\">").append(escape(tile.value()))
                        .append("</div><div class=\"note\">").append(escape(tile.note())).append("</div></div>");
            }
            html.append("</div>\n");
        }
    }

    private static void image(StringBuilder html, Image i) {
        html.append("<figure><img alt=\"").append(escape(i.caption())).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(i.png())).append("\"><figcaption>")
                .append(escape(i.caption())).append("</figcaption></figure>\n");
    }

    /** CSS class of a tone: fixed names from the enum, never data. */
    private static String toneClass(Tone tone) {
        return tone.name().toLowerCase(Locale.ROOT);
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
