package academy.anxin.credentials.infrastructure.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Round trips: what QrCodes draws, ZXing's own reader reads back. */
class QrCodesTest {

    private static final String URL = "https://academy.example/verify/AX-2025-000123-7";

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    @Test
    void thePngDecodesBackToTheUrlWithErrorCorrectionM() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL)));

        Result result = decode(image.getWidth(), image.getHeight(),
                image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));

        assertEquals(URL, result.getText());
        assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
        assertEquals(QrCodes.modules(URL).getWidth() * QrCodes.DEFAULT_PIXELS_PER_MODULE, image.getWidth());
    }

    @Test
    void theSvgPathRedrawnAsPixelsDecodesBackToTheUrl() throws Exception {
        String svg = QrCodes.svg(URL);

        Matcher viewBox = VIEW_BOX.matcher(svg);
        assertTrue(viewBox.find(), svg);
        int size = Integer.parseInt(viewBox.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = RUN.matcher(svg);
        int runs = 0;
        while (run.find()) {
            runs++;
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertEquals(length, Integer.parseInt(run.group(4)));
            for (int py = y * scale; py < (y + 1) * scale; py++) {
                for (int px = x * scale; px < (x + length) * scale; px++) {
                    pixels[py * size * scale + px] = 0xFF000000;
                }
            }
        }
        assertTrue(runs > 0);

        assertEquals(URL, decode(size * scale, size * scale, pixels).getText());
    }

    @Test
    void theCodeKeepsAFourModuleQuietZone() {
        BitMatrix modules = QrCodes.modules(URL);
        int size = modules.getWidth();

        for (int i = 0; i < size; i++) {
            for (int edge = 0; edge < QrCodes.QUIET_ZONE_MODULES; edge++) {
                assertFalse(modules.get(i, edge) || modules.get(edge, i)
                        || modules.get(i, size - 1 - edge) || modules.get(size - 1 - edge, i));
            }
        }
        assertTrue(modules.get(QrCodes.QUIET_ZONE_MODULES, QrCodes.QUIET_ZONE_MODULES), "finder pattern corner");
    }

    @Test
    void theSvgIsSelfContainedAndNamesItsTargetForScreenReaders() {
        String svg = QrCodes.svg("https://academy.example/verify/A&B<\"C\">");

        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("<title>https://academy.example/verify/A&amp;B&lt;&quot;C&quot;&gt;</title>"), svg);
        assertTrue(svg.endsWith("</svg>"));
    }

    @Test
    void refusesEmptyContentAndSillyScales() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.svg(" "));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(URL, 0));
    }

    private static Result decode(int width, int height, int[] argb) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
        return new QRCodeReader().decode(bitmap);
    }
}
