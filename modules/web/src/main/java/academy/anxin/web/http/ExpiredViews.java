package academy.anxin.web.http;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A post whose view state the server does not know (the page expired with its session, or the post was forged
 * with a made-up view state) is answered with the "page expired" page and status 400, a request the server cannot
 * take as it is, rather than 500, a fault of the server. An Ajax post is sent to that page instead, since the
 * browser only follows a redirect there. Registered in faces-config.xml.
 */
public final class ExpiredViews extends ExceptionHandlerFactory {

    static final String PAGE = "/expired.xhtml";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                 events.hasNext(); ) {
                if (expired(events.next().getContext().getException())) {
                    events.remove();
                    show(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void show(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            if (faces.getPartialViewContext().isAjaxRequest()) {
                try {
                    external.redirect(external.getRequestContextPath() + PAGE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
                return;
            }
            external.setResponseStatus(400);
            faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, PAGE));
            faces.renderResponse();
        }
    }
}
