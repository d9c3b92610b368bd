package academy.anxin.web.records;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.records.application.ServiceCertificates;
import academy.anxin.records.domain.Certificate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * verify/record/{number} (and verify-record.xhtml?number=): the public check of a service record certificate, what
 * its QR code opens. It shows the facts as stored when the certificate was issued, so a printed copy that says
 * otherwise has been altered; a superseded certificate still shows, marked, with the number that replaced it.
 */
@Named
@RequestScoped
public class RecordVerifyPage {

    @Inject
    ServiceCertificates certificates;

    private String number;
    private Certificate certificate;
    private String problem;

    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            certificate = certificates.byNumber(number).orElse(null);
            if (certificate == null) {
                problem = "record.verify.unknown";
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
        } catch (DomainException malformed) {
            problem = malformed.messageKey();
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public String getProblem() {
        return problem;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip();
    }
}
