package academy.anxin.records.infrastructure;

import academy.anxin.records.application.CertificateDocuments;
import academy.anxin.records.domain.Certificate;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates as PDF by OpenPDF, in Noto Sans Hans (Source Han Sans; SIL Open Font License 1.1, its licence
 * beside it in the jar), embedded as a subset so the PDF shows the same on any machine; the QR code (ZXing) is drawn
 * as vector squares and opens the public check page at {@code anxin.public.url}/verify/record/{number}.
 */
@ApplicationScoped
public class OpenPdfCertificates implements CertificateDocuments {

    private static final String FONT = "/academy/anxin/records/infrastructure/font/NotoSansHans-Regular.otf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    @ConfigProperty(name = "anxin.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private volatile BaseFont font;

    @Override
    public String verifyAddress(String number) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verify/record/" + number;
    }

    @Override
    public byte[] pdf(Certificate c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("志愿服务记录证明 " + c.number().text());
            document.addCreator("Anxin Academy");
            document.open();
            BaseFont base = font();
            Font title = new Font(base, 22);
            Font body = new Font(base, 12);
            Font small = new Font(base, 9);

            Paragraph heading = new Paragraph("志愿服务记录证明", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph english = new Paragraph("Certificate of Volunteer Service Record", small);
            english.setAlignment(Element.ALIGN_CENTER);
            english.setSpacingAfter(18);
            document.add(english);

            Paragraph statement = new Paragraph(18, "兹证明 " + c.volunteerName() + "（志愿者编号 "
                    + c.volunteerNumber() + "）于 " + DAY.format(c.periodFrom()) + " 至 " + DAY.format(c.periodTo())
                    + " 期间在" + c.organizationName() + "参加志愿服务，累计服务时长 " + c.serviceHours()
                    + " 小时。服务内容：" + c.serviceDescription() + "。", body);
            statement.setSpacingAfter(16);
            document.add(statement);

            PdfPTable facts = new PdfPTable(new float[] {1.2f, 3f});
            facts.setWidthPercentage(100);
            fact(facts, body, "证明编号", c.number().text());
            fact(facts, body, "志愿者", c.volunteerName() + "（编号 " + c.volunteerNumber() + "）");
            fact(facts, body, "服务时长", c.serviceHours() + " 小时（" + c.serviceMinutes() + " 分钟）");
            fact(facts, body, "服务内容", c.serviceDescription());
            fact(facts, body, "服务期间", DAY.format(c.periodFrom()) + " 至 " + DAY.format(c.periodTo()));
            fact(facts, body, "出具机构", c.organizationName());
            fact(facts, body, "负责人", c.responsiblePerson());
            fact(facts, body, "联系方式", c.contact());
            fact(facts, body, "出具日期", DAY.format(c.issuedOn()));
            facts.setSpacingAfter(20);
            document.add(facts);

            String address = verifyAddress(c.number().text());
            PdfPTable check = new PdfPTable(new float[] {1f, 3f});
            check.setWidthPercentage(100);
            PdfPCell qr = new PdfPCell(qrCode(writer.getDirectContent(), address), false);
            qr.setBorder(Rectangle.NO_BORDER);
            check.addCell(qr);
            Paragraph howTo = new Paragraph(16, "扫描二维码或访问以下地址核验本证明：\n", body);
            howTo.add(new Chunk(address, small));
            howTo.add(new Chunk("\n核验页显示本证明出具时记录的内容；与之不符的打印件已被改动。", small));
            PdfPCell text = new PdfPCell(howTo);
            text.setBorder(Rectangle.NO_BORDER);
            text.setVerticalAlignment(Element.ALIGN_MIDDLE);
            check.addCell(text);
            document.add(check);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate " + c.number(), e);
        }
        return out.toByteArray();
    }

    private static void fact(PdfPTable table, Font font, String label, String value) {
        PdfPCell name = new PdfPCell(new Paragraph(label, font));
        name.setPadding(6);
        table.addCell(name);
        PdfPCell content = new PdfPCell(new Paragraph(value, font));
        content.setPadding(6);
        table.addCell(content);
    }

    /** The QR code as squares in a template, 30 mm wide. */
    private static Image qrCode(PdfContentByte canvas, String address) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(address, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        int size = matrix.getWidth();
        float module = 85f / size;
        PdfTemplate template = canvas.createTemplate(size * module, size * module);
        template.setRGBColorFill(0, 0, 0);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    template.rectangle(x * module, (size - 1 - y) * module, module, module);
                }
            }
        }
        template.fill();
        try {
            return Image.getInstance(template);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            try (InputStream in = OpenPdfCertificates.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the certificate font is not in the jar: " + FONT);
                }
                loaded = BaseFont.createFont("NotoSansHans-Regular.otf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            font = loaded;
        }
        return loaded;
    }
}
