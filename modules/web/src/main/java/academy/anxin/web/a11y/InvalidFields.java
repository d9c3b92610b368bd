package academy.anxin.web.a11y;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Before a view renders, marks every input that has a message as {@code aria-invalid="true"} and adds its message's
 * element (the field's own {@code h:message} or {@code p:message}, else the page's error summary) to its
 * {@code aria-describedby}; an input without a message loses both marks, since pass-through attributes are kept in
 * the view's state from one postback to the next. Registered for {@code PreRenderViewEvent} in faces-config.xml,
 * so full pages and Ajax updates alike are marked.
 * <p>
 * The description is also written as {@code data-anxin-describedby}: PrimeFaces' message widget replaces a
 * field's {@code aria-describedby} with its own message's id when the page starts, which would drop the hint;
 * {@code resources/anxin/feedback.js} puts the hint back in front of whatever PrimeFaces set.
 * <p>
 * Radio and checkbox groups are left alone: their renderers put pass-through attributes on the group's table,
 * where {@code aria-invalid} means nothing; their fieldset and the error summary carry the message instead.
 */
public final class InvalidFields implements SystemEventListener {

    static final String INVALID = "aria-invalid";
    static final String DESCRIBED_BY = "aria-describedby";
    /** The description as this class wrote it, for feedback.js to restore after PrimeFaces' script. */
    static final String KEPT_DESCRIPTION = "data-anxin-describedby";
    /** The attribute under which the input's own description (a hint given by the page) is remembered. */
    private static final String OWN_DESCRIPTION = "anxin.ownDescription";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot root = faces.getViewRoot();
        if (!faces.isPostback() && !anyFieldMessage(faces)) {
            return;  // a fresh page: no marks to set, none left from before to clear
        }
        Map<String, String> messageElementFor = new HashMap<>();
        root.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIMessage message && message.getFor() != null) {
                UIComponent target = message.findComponent(message.getFor());
                if (target != null) {
                    messageElementFor.put(target.getClientId(faces), message.getClientId(faces));
                }
            }
            return VisitResult.ACCEPT;
        });
        root.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof EditableValueHolder && !isGroup(component)) {
                String clientId = component.getClientId(faces);
                boolean refused = !faces.getMessageList(clientId).isEmpty();
                mark(component, refused ? messageElementFor.getOrDefault(clientId, Feedback.SUMMARY_ID) : null);
            }
            return VisitResult.ACCEPT;
        });
    }

    private static boolean anyFieldMessage(FacesContext faces) {
        for (java.util.Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            if (ids.next() != null) {
                return true;
            }
        }
        return false;
    }

    /** Marks the input as described by {@code messageElement}, or clears the marks when that is null. */
    private static void mark(UIComponent input, String messageElement) {
        Map<String, Object> attributes = input.getAttributes();
        if (messageElement == null) {
            Map<String, Object> passThrough = input.getPassThroughAttributes(false);
            if (passThrough != null && passThrough.remove(INVALID) != null) {
                passThrough.remove(KEPT_DESCRIPTION);
                Object own = attributes.remove(OWN_DESCRIPTION);
                if (own == null || own.toString().isEmpty()) {
                    passThrough.remove(DESCRIBED_BY);
                } else {
                    passThrough.put(DESCRIBED_BY, own);
                }
            }
            return;
        }
        // a hint the page gave (aria-describedby="x-hint") is kept, and read before the message
        Object own = attributes.get(OWN_DESCRIPTION);
        if (own == null) {
            Object fromPage = attributes.get(DESCRIBED_BY);
            Map<String, Object> before = input.getPassThroughAttributes(false);
            if (fromPage == null && before != null) {
                fromPage = before.get(DESCRIBED_BY);  // pt:aria-describedby, as PrimeFaces inputs need it
            }
            own = fromPage == null ? "" : fromPage.toString();
            attributes.put(OWN_DESCRIPTION, own);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : own.toString().split("\\s+")) {
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        ids.add(messageElement);
        Map<String, Object> passThrough = input.getPassThroughAttributes(true);
        passThrough.put(INVALID, "true");
        passThrough.put(DESCRIBED_BY, String.join(" ", ids));
        passThrough.put(KEPT_DESCRIPTION, String.join(" ", ids));
    }

    /** A radio group or a list of boxes (not a single box: h:selectBooleanCheckbox shares the renderer's name). */
    private static boolean isGroup(UIComponent component) {
        String type = component.getRendererType();
        return (component instanceof UISelectOne || component instanceof UISelectMany) && type != null
                && (type.contains("Radio") || type.contains("Checkbox"));
    }
}
