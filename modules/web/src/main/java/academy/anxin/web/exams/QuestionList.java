package academy.anxin.web.exams;

import academy.anxin.assessment.application.AttemptSheet;
import academy.anxin.assessment.domain.ItemType;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * {@code <exam:questions sheet="#{s}" language="#{language.current}"/>}: the questions of an open attempt, written
 * straight to the response. As nested {@code ui:repeat}s the 24 questions of a sheet cost several hundred EL
 * evaluations per page, and the attempt page is the one a whole cohort loads in the same minute. The markup is
 * what the page's script (exam.js) and the tests read: ids q{n} and q{n}-o{i}, inputs named q{n}, state-q{n}.
 */
@FacesComponent(createTag = true, namespace = "https://anxin.academy/exams", tagName = "questions")
public class QuestionList extends UIComponentBase {

    @Override
    public String getFamily() {
        return "academy.anxin.exams";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        AttemptSheet sheet = (AttemptSheet) getAttributes().get("sheet");
        Language language = (Language) getAttributes().get("language");
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        ResponseWriter out = context.getResponseWriter();
        out.startElement("ol", this);
        out.writeAttribute("class", "questions", null);
        for (AttemptSheet.Question q : sheet.questions()) {
            question(out, q, language, msg);
        }
        out.endElement("ol");
    }

    private void question(ResponseWriter out, AttemptSheet.Question q, Language language, ResourceBundle msg)
            throws IOException {
        String name = "q" + q.position();
        out.startElement("li", this);
        out.writeAttribute("class", "question", null);
        out.writeAttribute("id", name, null);
        out.writeAttribute("data-position", q.position(), null);
        out.writeAttribute("data-type", q.type().name(), null);
        if (q.firstOfScenario()) {
            out.startElement("div", this);
            out.writeAttribute("class", "vignette", null);
            element(out, "h2", "h3", msg.getString("exam.scenario"));
            element(out, "p", null, text(q.vignette(), language));
            out.endElement("div");
        }
        out.startElement("fieldset", this);
        out.startElement("legend", this);
        out.writeText((q.position() + 1) + ". " + text(q.stem(), language), null);
        if (q.type() == ItemType.MULTIPLE || q.type() == ItemType.ORDERING) {
            out.writeText(" ", null);
            element(out, "em", null, "(" + msg.getString(q.type() == ItemType.MULTIPLE ? "exam.chooseAll"
                    : "exam.putInOrder") + ")");
        }
        out.endElement("legend");
        List<LocalizedText> options = q.options();
        for (int i = 0; i < options.size(); i++) {
            String id = name + "-o" + i;
            out.startElement("div", this);
            out.writeAttribute("class", "option", null);
            if (q.type() == ItemType.ORDERING) {
                label(out, id, text(options.get(i), language));
                places(out, name, id, i, options.size(), q.saved().indexOf(i) + 1, msg);
            } else {
                out.startElement("input", this);
                out.writeAttribute("type", q.type() == ItemType.MULTIPLE ? "checkbox" : "radio", null);
                out.writeAttribute("id", id, null);
                out.writeAttribute("name", name, null);
                out.writeAttribute("value", i, null);
                if (q.saved().contains(i)) {
                    out.writeAttribute("checked", "checked", null);
                }
                out.endElement("input");
                label(out, id, text(options.get(i), language));
            }
            out.endElement("div");
        }
        out.startElement("p", this);
        out.writeAttribute("class", "save-state", null);
        out.writeAttribute("id", "state-" + name, null);
        out.writeText(q.saved().isEmpty() ? "" : msg.getString("exam.saved"), null);
        out.endElement("p");
        out.endElement("fieldset");
        out.endElement("li");
    }

    /** An ordering item's option: a select of places 1..n, 0 for none yet; {@code place} is the saved one. */
    private void places(ResponseWriter out, String name, String id, int option, int count, int place,
            ResourceBundle msg) throws IOException {
        out.startElement("select", this);
        out.writeAttribute("id", id, null);
        out.writeAttribute("name", name, null);
        out.writeAttribute("data-option", option, null);
        out.startElement("option", this);
        out.writeAttribute("value", "0", null);
        out.writeText(msg.getString("exam.place"), null);
        out.endElement("option");
        for (int p = 1; p <= count; p++) {
            out.startElement("option", this);
            out.writeAttribute("value", p, null);
            if (p == place) {
                out.writeAttribute("selected", "selected", null);
            }
            out.writeText(Integer.toString(p), null);
            out.endElement("option");
        }
        out.endElement("select");
    }

    private void label(ResponseWriter out, String id, String text) throws IOException {
        out.startElement("label", this);
        out.writeAttribute("for", id, null);
        out.writeText(text, null);
        out.endElement("label");
    }

    private void element(ResponseWriter out, String name, String styleClass, String text) throws IOException {
        out.startElement(name, this);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        out.writeText(text, null);
        out.endElement(name);
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? "" : text.in(language);
    }
}
