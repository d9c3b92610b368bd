package academy.anxin.records.application;

/** Writes a table as an XLSX workbook of one sheet (text cells are text, never formulas). */
public interface Workbooks {

    byte[] xlsx(ExportTable table);
}
