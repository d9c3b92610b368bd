package academy.anxin.web.http;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes a visitor's view stateless the moment it is created, not only when the page template's
 * {@code <f:view transient>} is applied while the page is built: PrimeFaces' Content-Security-Policy support asks
 * for the page's nonce before that, and keeps it in the view's map unless the view is already stateless, which
 * would start a session for every visitor. Registered in faces-config.xml.
 */
public final class StatelessVisitorViews extends ViewHandlerWrapper {

    public StatelessVisitorViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = getWrapped().createView(context, viewId);
        if (root != null && context.getExternalContext().getUserPrincipal() == null) {
            root.setTransient(true);
        }
        return root;
    }
}
