package academy.anxin.web.http;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a stateless page's view parameters in its forms' address. A page shown to a visitor who has not logged in
 * keeps no view state, so on a postback its view parameters ({@code micro-lesson.xhtml?code=M-001}) are not
 * remembered by the server; written into the form's action they come back with the post, and switching the
 * language (or searching) from such a page stays on the same lesson. Stateful views keep theirs as before.
 * Registered in faces-config.xml.
 */
public final class StatelessViewParameters extends ViewHandlerWrapper {

    public StatelessViewParameters(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !root.isTransient() || !viewId.equals(root.getViewId())) {
            return url;
        }
        StringBuilder address = new StringBuilder(url);
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (parameter.getName() != null && value != null && !value.isEmpty()) {
                address.append(address.indexOf("?") < 0 ? '?' : '&')
                        .append(URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return address.toString();
    }
}
