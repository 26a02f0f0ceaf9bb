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

/**
 * report.md, written to read as plain text: data and our own sentences are escaped only where a
 * Markdown renderer (CommonMark with GitHub's tables, strikethrough, autolinks and math) would
 * otherwise turn them into markup, links, HTML or another block. See {@link #escape}.
 */
public final class MarkdownRenderer {

    /** U+2060, invisible and no place to break a line: put inside the "//" of "http://" it keeps it from a link. */
    static final char WORD_JOINER = '\u2060';

    /** Where a text goes: inline text in a line, a cell of a table, or the start of a block. */
    private enum Context {
        INLINE(' '), CELL(' '), STRONG('*');

        /** What stands just before and after the text: a blank, or the '**' around bold text. */
        private final char edge;

        Context(char edge) {
            this.edge = edge;
        }
    }

    private MarkdownRenderer() {}

    public static String render(ReportDocument document) {
        StringBuilder md = new StringBuilder("# ").append(heading(document.title())).append("\n\n");
        for (Section section : document.sections()) {
            md.append("## ").append(heading(section.heading())).append("\n\n");
            for (Block block : section.blocks()) {
                block(md, block);
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void block(StringBuilder md, Block block) {
        if (block instanceof Paragraph p) {
            md.append(p.emphasis() ? strong(p.text()) : escape(p.text())).append('\n');
        } else if (block instanceof Bullets b) {
            b.items().forEach(item -> md.append("- ").append(escape(item)).append('\n'));
        } else if (block instanceof Table t) {
            table(md, t);
        } else if (block instanceof Image i) {
            md.append("Chart: ").append(escape(i.caption())).append(" (see report.html)\n");
        } else if (block instanceof Callout c) {
            md.append("> ").append(strong(c.text())).append('\n');
        } else if (block instanceof Tiles t) {
            table(md, new Table(List.of("Headline", "Value", "Note"),
                    t.tiles().stream().map(tile -> List.of(tile.label(), tile.value(), tile.note())).toList(), List.of(1)));
        }
    }

    /** Bold, unless there is nothing to embolden ("****" would be a thematic break). */
    private static String strong(String text) {
        String line = text.replace('\r', ' ').replace('\n', ' ').strip();
        StringBuilder out = new StringBuilder(line.length() + 8);
        inline(out, line, Context.STRONG);
        return out.isEmpty() ? "" : "**" + out + "**";
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
        cells.forEach(cell -> md.append(' ').append(escapeCell(cell)).append(" |"));
        md.append('\n');
    }

    /** Heading text: also a run of '#' at its end, after a blank, would be dropped as the closing sequence. */
    static String heading(String text) {
        String escaped = escape(text).stripTrailing();
        int run = escaped.length();
        while (run > 0 && escaped.charAt(run - 1) == '#') {
            run--;
        }
        boolean closing = run < escaped.length() && (run == 0 || isBlank(escaped.charAt(run - 1)));
        return closing ? escaped.substring(0, run) + "\\" + escaped.substring(run) : escaped;
    }

    /**
     * Text that starts a block (a paragraph, a list item, a quoted line) and reads as itself. Line
     * breaks become spaces and leading blanks go (a renderer drops them, or starts code with 4);
     * then a backslash goes only before what would otherwise be markup:
     * <ul>
     *   <li>a first character that would open another block: {@code # > - + *}, or the dot or
     *       parenthesis of a leading number ("1. " is a list item);</li>
     *   <li>{@code [} (links, images, references), {@code `} (code), {@code <} unless a blank
     *       follows (HTML, autolinks), {@code &} of an entity ("&amp;");</li>
     *   <li>{@code * _ ~} where they could open or close emphasis or strikethrough: not between two
     *       blanks, and for {@code _} not inside a word (operational_stockout stays as it is);</li>
     *   <li>{@code \\} before punctuation or at the end; {@code $} unless a digit follows ($5.00
     *       stays; GitHub reads $x$ as math);</li>
     * </ul>
     * What renderers turn into links by themselves (GitHub: "scheme://", "www.", e-mail addresses)
     * is found in the text after escapes are undone, so a backslash does not stop all of them: an
     * invisible word joiner (U+2060) goes between the slashes of "//", before the '.' of "www." and
     * before an '@' that follows a character instead.
     */
    static String escape(String text) {
        String line = stripLeadingBlanks(text.replace('\r', ' ').replace('\n', ' '));
        StringBuilder out = new StringBuilder(line.length() + 8);
        inline(out, line, Context.INLINE);
        return blockStart(out);
    }

    /** The spaces and tabs a renderer drops at the start of a block (four would start code). */
    private static String stripLeadingBlanks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(i);
    }

    /** A table cell: inline text, and '|' would end the cell. Block markers mean nothing inside a cell. */
    static String escapeCell(String text) {
        String line = text.replace('\r', ' ').replace('\n', ' ');
        StringBuilder out = new StringBuilder(line.length() + 8);
        inline(out, line, Context.CELL);
        return out.toString();
    }

    private static String blockStart(StringBuilder out) {
        if (out.isEmpty()) {
            return "";
        }
        char first = out.charAt(0);
        char second = out.length() > 1 ? out.charAt(1) : ' ';
        boolean marker = switch (first) {
            // a quote needs nothing after it
            case '>' -> true;
            // a list item: the marker, then a blank or nothing; a line of them alone is a rule
            // (also after a list item's marker, so "--" too)
            case '-', '*' -> isBlank(second) || isRule(out, first);
            case '_' -> isRule(out, first);
            case '+' -> isBlank(second);
            // a heading: 1 to 6 of them, then a blank or nothing
            case '#' -> {
                int run = 0;
                while (run < out.length() && out.charAt(run) == '#') {
                    run++;
                }
                yield run <= 6 && (run == out.length() || isBlank(out.charAt(run)));
            }
            default -> false;
        };
        if (marker) {
            out.insert(0, '\\');
        } else if (first >= '0' && first <= '9') {
            // an ordered list item: up to 9 digits, '.' or ')', then a blank or nothing
            int i = 0;
            while (i < out.length() && out.charAt(i) >= '0' && out.charAt(i) <= '9') {
                i++;
            }
            if (i <= 9 && i < out.length() && (out.charAt(i) == '.' || out.charAt(i) == ')')
                    && (i + 1 == out.length() || isBlank(out.charAt(i + 1)))) {
                out.insert(i, '\\');
            }
        }
        return out.toString();
    }

    /** Nothing but {@code marker} and blanks: a thematic break, with a list item's marker before it. */
    private static boolean isRule(CharSequence line, char marker) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != marker && !isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    private static void inline(StringBuilder out, String text, Context context) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? context.edge : text.charAt(i - 1);
            char after = i + 1 == text.length() ? context.edge : text.charAt(i + 1);
            boolean escaped = switch (c) {
                case '`', '[' -> true;
                case '\\' -> i + 1 == text.length() || isAsciiPunctuation(after);
                case '*', '~' -> !(isBlank(before) && isBlank(after));
                case '_' -> !(isBlank(before) && isBlank(after))
                        && !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
                case '<' -> i + 1 < text.length() && !isBlank(after);
                case '&' -> startsEntity(text, i + 1);
                case '$' -> !(after >= '0' && after <= '9');
                case '|' -> context == Context.CELL;
                default -> false;
            };
            // renderers find links in the text after escapes are undone (GitHub's e-mail links, linkify):
            // only a character that is not part of a link breaks them, and an invisible one reads cleanly
            boolean linkBreak = switch (c) {
                case '/' -> before == '/';
                case '.' -> i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3);
                case '@' -> !isBlank(before);
                default -> false;
            };
            if (escaped) {
                out.append('\\');
            } else if (linkBreak) {
                out.append(WORD_JOINER);
            }
            out.append(c);
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
    }

    /** An HTML entity or numeric character reference starts at {@code from}: "amp;", "#38;", "#x26;". */
    private static boolean startsEntity(String text, int from) {
        int i = from;
        if (i < text.length() && text.charAt(i) == '#') {
            i++;
            boolean hex = i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int digits = 0;
            while (i < text.length() && digits < 8 && (hex ? Character.digit(text.charAt(i), 16) >= 0
                    : text.charAt(i) >= '0' && text.charAt(i) <= '9') && text.charAt(i) < 128) {
                i++;
                digits++;
            }
            return digits > 0 && i < text.length() && text.charAt(i) == ';';
        }
        int letters = 0;
        while (i < text.length() && text.charAt(i) < 128 && Character.isLetterOrDigit(text.charAt(i))) {
            if (letters == 0 && !Character.isLetter(text.charAt(i))) {
                return false;
            }
            i++;
            letters++;
        }
        return letters > 0 && i < text.length() && text.charAt(i) == ';';
    }
}
