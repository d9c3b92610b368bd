package academy.anxin.practice.application;

import java.util.List;

/** A practice log as CSV (RFC 4180: comma separated, fields with comma, quote or line break quoted). */
final class PracticeCsv {

    private static final String HEADER = "id,date,start,minutes,modality,population,risk_level,status,supervisor,"
            + "reversal_of,decision_comment,reflection";

    private PracticeCsv() {
    }

    static String of(List<SessionView> sessions) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SessionView s : sessions) {
            row(csv, s.id(), s.date(), s.start(), s.minutes(), s.modality(), s.population(), s.riskLevel(), s.status(),
                    s.supervisorName(), s.reversalOf(), s.decisionComment(), s.reflection());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append("\r\n");
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        // a leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
