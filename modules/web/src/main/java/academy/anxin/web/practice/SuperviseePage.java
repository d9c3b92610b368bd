package academy.anxin.web.practice;

import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.practice.application.SignOff;
import academy.anxin.practice.application.TotalsView;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * app/supervisee.xhtml?org=&amp;person=: one volunteer's approved practice in an organization, for its supervisors
 * and admins; anyone else gets 403.
 */
@Named
@RequestScoped
public class SuperviseePage {

    @Inject
    SignOff signOff;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long org;
    private Long person;
    private TotalsView totals;

    public void load() throws IOException {
        try {
            if (org == null || person == null) {
                throw new AccessDenied();
            }
            totals = signOff.totalsOf(currentUser.caller(), person, org);
        } catch (AccessDenied denied) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, texts.text("access.denied"));
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public TotalsView getTotals() {
        return totals;
    }




    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }
}
