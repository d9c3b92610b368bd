package academy.anxin.web.credentials;

import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.CredentialView;
import academy.anxin.kernel.domain.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * verify/{number} (and verify.xhtml?number=): the public check of a credential, what the QR code opens. It shows
 * the name the holder chose, tier or endorsement, approved hours, status and dates, read live from the platform,
 * so an edited printout cannot pass. Nothing else. A suspended or expired credential still shows, marked, never as
 * valid; an unknown or mistyped number says so.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    CredentialRegistry registry;

    private String number;
    private CredentialView credential;
    private String problem;

    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            credential = registry.byNumber(number).orElse(null);
            if (credential == null) {
                problem = "verify.unknown";
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
        } catch (DomainException malformed) {
            problem = malformed.messageKey();
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
    }

    public CredentialView getCredential() {
        return credential;
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
