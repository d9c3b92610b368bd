package academy.anxin.records.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.records.application.ExportTable;
import academy.anxin.records.application.RecordFiles;
import academy.anxin.records.domain.Certificate;
import academy.anxin.records.domain.CertificateNumber;
import academy.anxin.records.domain.ServiceMonth;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The files records writes, read back with the libraries that wrote them. */
class CertificateFilesTest {

    @Test
    void theCertificatePdfStatesTheFactsInChineseWithItsFontEmbedded() throws Exception {
        OpenPdfCertificates documents = new OpenPdfCertificates();
        documents.publicUrl = "https://academy.example.cn/";
        CertificateNumber number = new CertificateNumber(2026, 17);
        Certificate certificate = new Certificate(number, 3, 9, "李明", 42, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), 95, "心理援助热线接听（普通公众）", "安心热线", "张主任", "020-12345678",
                LocalDate.of(2026, 4, 2), Instant.parse("2026-04-02T02:00:00Z"), "person:1", null);
        byte[] pdf = documents.pdf(certificate);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("志愿服务记录证明"), text);
        assertTrue(text.contains(number.text()), text);
        assertTrue(text.contains("1.6 小时"), text);
        assertTrue(text.contains("张主任") && text.contains("020-12345678"), text);
        assertTrue(text.contains("https://academy.example.cn/verify/record/" + number.text()), text);
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        PdfDictionary font = fonts.getAsDict(fonts.getKeys().iterator().next());
        PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(
                font.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
        PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
        assertTrue(descriptor.contains(PdfName.FONTFILE3) || descriptor.contains(PdfName.FONTFILE2),
                "the font is embedded: " + descriptor.getKeys());
    }

    @Test
    void theExportIsOneRowPerVolunteerPerMonthAndNothingInItRuns() throws Exception {
        List<ServiceMonth> months = List.of(
                new ServiceMonth(42, "=HYPERLINK(\"http://evil\")", YearMonth.of(2026, 3), 95, 2,
                        EnumSet.of(Modality.HOTLINE), EnumSet.of(Population.YOUTH), 30, 1, 2, 0, 0),
                new ServiceMonth(43, "王芳", YearMonth.of(2026, 3), 60, 1, EnumSet.of(Modality.GROUP),
                        EnumSet.of(Population.GENERAL_PUBLIC), 0, 0, 0, 1, 1));
        ExportTable table = RecordFiles.months(months, e -> e.name().toLowerCase());
        String csv = table.csv();
        assertTrue(csv.startsWith("\uFEFF志愿者编号,姓名,月份,服务时长（小时）"), csv);
        assertTrue(csv.contains("42,\"'=HYPERLINK(\"\"http://evil\"\")\",2026-03,1.6,95,2,hotline,youth,30,1,2,0,0"), csv);

        FastexcelWorkbooks workbooks = new FastexcelWorkbooks();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(workbooks.xlsx(table)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("志愿者编号", rows.get(0).getCellText(0));
            Row first = rows.get(1);
            assertEquals(CellType.STRING, first.getCell(1).getType(), "a name is text, never a formula");
            assertEquals("=HYPERLINK(\"http://evil\")", first.getCellText(1));
            assertEquals(CellType.NUMBER, first.getCell(3).getType());
            assertEquals(0, new java.math.BigDecimal("1.6").compareTo(first.getCellAsNumber(3).orElseThrow()));
            assertEquals("王芳", rows.get(2).getCellText(1));
        }
    }
}
