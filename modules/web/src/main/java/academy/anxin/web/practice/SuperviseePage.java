package academy.anxin.web.practice;

import static academy.anxin.web.security.PageAccess.required;

import academy.anxin.practice.application.SignOff;
import academy.anxin.practice.application.TotalsView;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
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

    private Long org;
    private Long person;
    private TotalsView totals;

    /** f:viewAction: the totals, or 403 for anyone who may not see them. */
    public void load() throws IOException {
        PageAccess.orForbidden(() -> totals = signOff.totalsOf(currentUser.caller(), required(person), required(org)));
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
