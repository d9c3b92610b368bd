package academy.anxin.web.services;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.services.application.FeedbackForm;
import academy.anxin.services.application.FeedbackService;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * help-feedback.xhtml (/help/feedback/{id}, what a listed organization's feedback link and QR code open): anyone
 * served answers in under a minute, without an account and without a session: how helpful (1 to 5), respected or
 * not, told where to get more help or not, and a comment that must identify nobody (refused with the reason, the
 * comment kept in the form to correct). The client's address only feeds the service's throttle; a filled
 * honeypot field is thanked and dropped. An organization that is not listed (now) has no form: 404.
 */
@Named
@RequestScoped
public class HelpFeedbackPage {

    static final Map<String, String> FIELDS = Map.of("rating", "answer:rating", "respected", "answer:respected",
            "toldMoreHelp", "answer:toldMoreHelp", "comment", "answer:comment");

    @Inject
    FeedbackService feedback;

    @Inject
    Texts texts;

    private String id;
    private FeedbackForm form;
    private String rating;
    private String respected;
    private String toldMoreHelp;
    private String comment;
    private String website;
    private boolean sent;

    /** f:viewAction: the listed organization's form, or 404. */
    public void load() {
        if (!found()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /**
     * The form's organization from the address. On a postback the view is built afresh (it is stateless) and the
     * form's {@code rendered} asks for it while the request is decoded, before the view parameter has reached
     * {@link #id} and without the view action (it runs on a first visit only): so the address is read here.
     */
    private boolean found() {
        String number = id != null ? id : FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("id");
        if (form == null && number != null && number.strip().matches("[0-9]{1,18}")) {
            form = feedback.form(Long.parseLong(number.strip())).orElse(null);
        }
        return form != null;
    }

    public void send() {
        if (!found()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            feedback.submit(form.organizationId(), ((HttpServletRequest) external.getRequest()).getRemoteAddr(),
                    rating(), yesNo(respected), yesNo(toldMoreHelp), comment, website);
            sent = true;
        } catch (DomainException refused) {
            if ("serviceFeedback.tooMany".equals(refused.messageKey())) {
                external.setResponseStatus(429);
            }
            texts.show(refused, FIELDS);
        }
    }

    /** The chosen rating; anything but a digit from the form is no choice, and the service says so. */
    private Integer rating() {
        return rating != null && rating.matches("[0-9]") ? Integer.valueOf(rating) : null;
    }

    private static Boolean yesNo(String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }

    public FeedbackForm getForm() {
        found();
        return form;
    }

    public boolean isSent() {
        return sent;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? null : id.strip();
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getRespected() {
        return respected;
    }

    public void setRespected(String respected) {
        this.respected = respected;
    }

    public String getToldMoreHelp() {
        return toldMoreHelp;
    }

    public void setToldMoreHelp(String toldMoreHelp) {
        this.toldMoreHelp = toldMoreHelp;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The honeypot: a field people never see or reach, named to tempt a form-filling bot. */
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
