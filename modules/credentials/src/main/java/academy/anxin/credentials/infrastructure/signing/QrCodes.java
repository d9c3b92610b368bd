package academy.anxin.credentials.infrastructure.signing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes for a credential's public verification address, printed on certificates and shown on screen: as SVG
 * text (scales to any print size, one path, no extra library) and as PNG bytes (for places that take images only).
 *
 * <p>Error correction M (15% of modules recoverable) survives a creased or smudged printout while keeping the code
 * small; the quiet zone is the 4 modules ISO/IEC 18004 asks for, without which phone scanners fail near text.
 *
 * <pre>{@code
 * String svg = QrCodes.svg("https://academy.example/verify/AX-2025-000123-7");
 * byte[] png = QrCodes.png("https://academy.example/verify/AX-2025-000123-7", 8);
 * }</pre>
 */
public final class QrCodes {

    /** Modules of blank margin on each side (the quiet zone of ISO/IEC 18004). */
    public static final int QUIET_ZONE_MODULES = 4;

    /** Pixels per module in {@link #png(String)}: about 3 cm wide at 96 dpi for a typical URL. */
    public static final int DEFAULT_PIXELS_PER_MODULE = 8;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());

    private QrCodes() {
    }

    /** The modules, quiet zone included, one matrix cell per module: {@code true} is dark. */
    static BitMatrix modules(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a QR code needs content");
        }
        try {
            // width and height 0: one cell per module, so that each renderer chooses its own scale
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + tooLong.getMessage(), tooLong);
        }
    }

    /**
     * An SVG document, one unit per module, that a page can size with CSS. Dark modules are one path of
     * horizontal runs ({@code M x y h run v 1 h -run z}); the title names the address for screen readers.
     */
    public static String svg(String url) {
        BitMatrix modules = modules(url);
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && modules.get(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        String title = escapeXml(url);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\""
                + " shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + title + "\">"
                + "<title>" + title + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/>"
                + "</svg>";
    }

    public static byte[] png(String url) {
        return png(url, DEFAULT_PIXELS_PER_MODULE);
    }

    /** A black-on-white PNG, {@code pixelsPerModule} pixels for each module. */
    public static byte[] png(String url, int pixelsPerModule) {
        if (pixelsPerModule < 1 || pixelsPerModule > 64) {
            throw new IllegalArgumentException("pixels per module must be 1..64: " + pixelsPerModule);
        }
        BitMatrix modules = modules(url);
        int size = modules.getWidth() * pixelsPerModule;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, size, size);
            graphics.setColor(Color.BLACK);
            for (int y = 0; y < modules.getHeight(); y++) {
                for (int x = 0; x < modules.getWidth(); x++) {
                    if (modules.get(x, y)) {
                        graphics.fillRect(x * pixelsPerModule, y * pixelsPerModule, pixelsPerModule, pixelsPerModule);
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return png.toByteArray();
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
