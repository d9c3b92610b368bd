package academy.anxin.records.infrastructure;

import academy.anxin.records.application.ExportTable;
import academy.anxin.records.application.Workbooks;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX by fastexcel: numbers as numbers, everything else as text cells (fastexcel writes a formula only when asked
 * with {@code formula(...)}, never here), so a name such as {@code =HYPERLINK(...)} is shown as typed, never run.
 */
@ApplicationScoped
public class FastexcelWorkbooks implements Workbooks {

    @Override
    public byte[] xlsx(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Anxin Academy", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.sheet());
            List<String> header = table.header();
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof BigDecimal decimal) {
                        sheet.value(r, c, decimal);
                    } else if (cell instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (cell != null && !cell.toString().isEmpty()) {
                        sheet.value(r, c, cell.toString());
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
