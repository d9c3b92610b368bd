package academy.anxin.web.i18n;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' words in the reader's language, and the bridge from a domain refusal (a message key) to a message
 * next to the field it concerns.
 * <pre>{@code
 * try { registration.register(form, address); }
 * catch (DomainException refused) { texts.show(refused, Map.of("email", "register:email")); }
 * }</pre>
 */
@ApplicationScoped
public class Texts {

    public static final String BUNDLE = "academy.anxin.web.messages";

    @Inject
    LanguageChoice language;

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.getLocale()).format(arguments);
    }

    /** Shows a refusal; field problems go to the component named for that field, the rest to the page. */
    public void show(DomainException refused, Map<String, String> componentForField) {
        List<DomainException> problems = refused instanceof InvalidInput many ? many.problems() : List.of(refused);
        for (DomainException problem : problems) {
            String clientId = problem.field() == null ? null : componentForField.get(problem.field());
            error(clientId, text(problem.messageKey(), problem.arguments().toArray()));
        }
    }

    public void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /**
     * An info message that survives the redirect after a successful form (post-redirect-get), on whichever node
     * renders the next page ({@link NoticeAfterRedirect}).
     */
    public void infoAfterRedirect(String message) {
        NoticeAfterRedirect.keep(FacesContext.getCurrentInstance(), message);
    }
}
