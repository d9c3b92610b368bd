package academy.anxin.web.services;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.services.application.FeedbackService;
import academy.anxin.services.application.OrganizationFeedback;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * app/org/feedback.xhtml?org=N, for the organization's admins: the feedback link and its QR code to hand to the
 * people served, the last twelve months of answers month by month (averages from five answers up), and the
 * comments, each of which may be hidden as abusive with a reason (audited). Anyone else gets 403, whatever number
 * they type, and so does hiding a comment of another organization.
 */
@Named
@ViewScoped
public class OrgFeedbackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FeedbackService feedback;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long org;
    private OrganizationFeedback view;
    private final Map<Long, String> reasons = new HashMap<>();

    /** f:viewAction: the organization's feedback, or 403. */
    public void load() throws IOException {
        PageAccess.orForbidden(() -> view = feedback.ofOrganization(currentUser.caller(), PageAccess.required(org)));
    }

    /**
     * Hides one comment as abusive, with the reason typed beside it. Another organization's comment, or this page
     * posted back with another organization's number, is refused with the "not allowed" message.
     */
    public void hide(long feedbackId) {
        try {
            feedback.hideComment(currentUser.caller(), org == null ? 0 : org, feedbackId, reasons.get(feedbackId));
            texts.info(texts.text("orgFeedback.hidden"));
            reasons.remove(feedbackId);
            view = feedback.ofOrganization(currentUser.caller(), org);
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
    }

    public String month(java.time.YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    public OrganizationFeedback getView() {
        return view;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }
}
