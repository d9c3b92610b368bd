package academy.anxin.records.application;

import academy.anxin.records.domain.Certificate;

/** A certificate as a printable PDF, with a QR code of its public check page. */
public interface CertificateDocuments {

    byte[] pdf(Certificate certificate);

    /** The public check page of a certificate number, as printed and in the QR code. */
    String verifyAddress(String number);
}
