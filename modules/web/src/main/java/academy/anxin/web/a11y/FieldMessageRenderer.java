package academy.anxin.web.a11y;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.List;

/**
 * Renders {@code h:message} (in place of the standard renderer, registered in faces-config.xml) as an element that
 * always has an id, its own client id, so that {@link InvalidFields} can point the field's
 * {@code aria-describedby} at it; the standard renderer writes an id only when the page names one. The element is
 * written even when empty, so an Ajax update can fill it; its style class (the red box) only when there is a
 * message. Its text is each message's detail when {@code showDetail} (the default), else its summary.
 */
public final class FieldMessageRenderer extends Renderer {

    @Override
    public void encodeEnd(FacesContext faces, UIComponent component) throws IOException {
        UIMessage message = (UIMessage) component;
        if (!message.isRendered()) {
            return;
        }
        UIComponent target = message.getFor() == null ? null : message.findComponent(message.getFor());
        List<FacesMessage> messages = target == null ? List.of() : faces.getMessageList(target.getClientId(faces));
        ResponseWriter writer = faces.getResponseWriter();
        writer.startElement("span", message);
        writer.writeAttribute("id", message.getClientId(faces), "id");
        Object styleClass = message.getAttributes().get("styleClass");
        if (!messages.isEmpty() && styleClass != null) {
            writer.writeAttribute("class", styleClass, "styleClass");
        }
        boolean first = true;
        for (FacesMessage each : messages) {
            if (!first) {
                writer.writeText(" ", null);
            }
            writer.writeText(message.isShowDetail() && each.getDetail() != null ? each.getDetail() : each.getSummary(), null);
            each.rendered();
            first = false;
        }
        writer.endElement("span");
    }
}
