package academy.anxin.web.http;

import academy.anxin.kernel.platform.DatabaseOutage;
import academy.anxin.kernel.platform.WriteConflict;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An Ajax request that found the database unreachable is sent to its page's address, which
 * {@link DatabaseOutages} answers with the 503 page (JSF would otherwise answer it inside a 200). An action whose
 * write lost to another at the same moment (kernel's {@code WriteConflict}) shows its page again with "please try
 * again": nothing of it was stored.
 *
 * <p>A post whose view state the server does not know (the page expired with its session, or the post was forged
 * with a made-up view state), or whose view state is another page's (a post forged to a page its sender was never
 * shown, with the view state of one they were: restoring one page's tree from another's state fails inside JSF), is
 * answered with the "page expired" page and status 400, a request the server cannot take as it is, rather than
 * 500, a fault of the server. An Ajax post is sent to that page instead, since the
 * browser only follows a redirect there. Registered in faces-config.xml.
 */
public final class ExpiredViews extends ExceptionHandlerFactory {

    static final String PAGE = "/expired.xhtml";
    private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

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
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                 events.hasNext(); ) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable thrown = event.getException();
                if (expired(thrown) || notThisPages(event)) {
                    events.remove();
                    show(faces);
                } else if (event.getPhaseId() != PhaseId.RENDER_RESPONSE && WriteConflict.isConflict(thrown)) {
                    // the action's transaction lost to another write and was rolled back whole: the same page
                    // again, the visitor's input kept, with "please try again" in the error summary (which every
                    // Ajax request updates). A failure while the page is written goes on to DatabaseOutages.
                    events.remove();
                    Texts texts = CDI.current().select(Texts.class).get();
                    texts.error(null, texts.text("conflict.text"));
                    faces.renderResponse();
                } else if (faces.getPartialViewContext().isAjaxRequest()
                        && CDI.current().select(DatabaseOutage.class).get().noteFailure(thrown)) {
                    // JSF would answer an Ajax request's failure inside a 200; the page's own address now gets
                    // the 503 page of DatabaseOutages
                    events.remove();
                    reload(faces);
                }
            }
            getWrapped().handle();
        }

        /** A postback's view state that failed to restore this page: it was saved for another one. */
        private static boolean notThisPages(ExceptionQueuedEventContext event) {
            if (event.getPhaseId() != PhaseId.RESTORE_VIEW || !event.getContext().isPostback()) {
                return false;
            }
            LOG.log(Level.FINE, "a postback's view state does not restore its page", event.getException());
            return true;
        }

        private static boolean expired(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void reload(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(faces.getViewRoot() == null ? external.getRequestContextPath() + "/"
                        : faces.getApplication().getViewHandler().getBookmarkableURL(faces,
                                faces.getViewRoot().getViewId(), new java.util.HashMap<>(), true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
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
