package academy.anxin.credentials.infrastructure;

import academy.anxin.credentials.application.QrCodeImages;
import academy.anxin.credentials.infrastructure.signing.QrCodes;
import jakarta.enterprise.context.ApplicationScoped;

/** QR code pictures drawn by {@link QrCodes} (ZXing). */
@ApplicationScoped
public class ZxingQrCodeImages implements QrCodeImages {

    @Override
    public String svg(String url) {
        return QrCodes.svg(url);
    }
}
