package academy.anxin.credentials.application;

/** QR code pictures of addresses, for a credential's printed certificate and its public check page. */
public interface QrCodeImages {

    /** The QR code of {@code url}, as an SVG document. */
    String svg(String url);
}
