package academy.anxin.web.services;

import academy.anxin.credentials.application.QrCodeImages;
import academy.anxin.credentials.domain.PublicAddresses;
import academy.anxin.services.application.FeedbackService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * A listed organization's feedback link ({@code <public address>/help/feedback/{id}}) and its QR code, made by the
 * same ZXing code as credentials' QR codes (credentials' {@code QrCodeImages}), for the organization to print and
 * hand to the people it serves.
 */
@Named
@ApplicationScoped
public class FeedbackLinks {

    @Inject
    PublicAddresses addresses;

    @Inject
    QrCodeImages qrCodes;

    @Inject
    FeedbackService feedback;

    /** The address anyone served opens to answer. */
    public String link(long organizationId) {
        return addresses.site().toString().replaceAll("/+$", "") + "/help/feedback/" + organizationId;
    }

    /** The link's QR code as SVG, for a listed organization; nothing for any other number. */
    public Optional<String> qrSvg(long organizationId) {
        return feedback.form(organizationId).map(f -> qrCodes.svg(link(organizationId)));
    }
}
