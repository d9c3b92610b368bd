package academy.anxin.web.a11y;

import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The page's messages as the template shows them: every refusal (global or a field's) in the error summary, which
 * is a {@code role="alert"} that feedback.js focuses, each field's refusal linked to the field and named by its
 * label; and every notice in the polite status region. Read once per request, after the action has run.
 */
@Named
@RequestScoped
public class Feedback {

    /** The error summary's element id; a refused field without a message element of its own points here. */
    public static final String SUMMARY_ID = "error-summary";

    /** One refusal: its text, the field's label (or null) and the field's element id (or null). */
    public record Problem(String text, String label, String field) {
    }

    @Inject
    Texts texts;

    private List<Problem> errors;
    private List<String> notices;
    private boolean rendering;
    private boolean reading;

    public List<Problem> getErrors() {
        read();
        return errors;
    }

    public List<String> getNotices() {
        read();
        return notices;
    }

    public String getErrorHeading() {
        return texts.text("feedback.errors", getErrors().size());
    }

    /**
     * Reads the messages once the page renders; before that (a postback's earlier phases ask "rendered?" too) the
     * action has not spoken yet, so nothing is kept. Looking for labels visits the page, the summary's own list
     * included, which asks again: that inner question gets what is read so far.
     */
    private void read() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (reading || errors != null && rendering) {
            return;
        }
        reading = true;
        try {
            rendering = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
            errors = new ArrayList<>();
            notices = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            List<FacesMessage> refusals = new ArrayList<>();
            for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
                String clientId = ids.next();
                for (FacesMessage message : faces.getMessageList(clientId)) {
                    if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal()) {
                        fields.add(clientId);
                        refusals.add(message);
                    } else {
                        notices.add(message.getSummary());
                    }
                    if (rendering) {
                        message.rendered();
                    }
                }
            }
            Map<String, String> labels = fields.stream().anyMatch(f -> f != null) ? labels(faces) : Map.of();
            for (int i = 0; i < refusals.size(); i++) {
                String field = fields.get(i);
                errors.add(new Problem(refusals.get(i).getSummary(), field == null ? null : labels.get(field), field));
            }
        } finally {
            reading = false;
        }
    }

    /** Each labelled field's client id and its label's text, from the labels on the page. */
    private static Map<String, String> labels(FacesContext faces) {
        Map<String, String> labels = new HashMap<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            Object target = component.getAttributes().get("for");
            if (component instanceof UIOutput label && target != null && component.getRendererType() != null
                    && component.getRendererType().contains("Label")) {
                UIComponent field = label.findComponent(target.toString());
                if (field != null && label.getValue() != null) {
                    labels.put(field.getClientId(faces), label.getValue().toString());
                }
            }
            return VisitResult.ACCEPT;
        });
        return labels;
    }
}
