package academy.anxin.records.application;

import academy.anxin.records.domain.SpreadsheetText;
import java.util.List;

/**
 * A table for a file: a header row and rows of cells. A cell is a {@link Number} (written as a number) or text;
 * text that a spreadsheet would run as a formula is made plain text ({@link SpreadsheetText}) in CSV, and written
 * as a text cell, never a formula, in XLSX.
 */
public record ExportTable(String sheet, List<String> header, List<List<Object>> rows) {

    public ExportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** RFC 4180 (comma separated, CRLF, fields with a comma, quote or line break quoted), UTF-8 with a BOM. */
    public String csv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.copyOf(header));
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(Object value) {
        String text = value == null ? "" : value instanceof Number ? value.toString()
                : SpreadsheetText.disarmed(value.toString());
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
