package academy.anxin.web.practice;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.practice.application.SessionView;
import academy.anxin.practice.application.SignOff;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * app/supervision.xhtml: the supervisor's queue. Each decision carries the version the supervisor saw; if someone
 * else decided first, the supervisor is told and the queue reloads.
 */
@Named
@ViewScoped
public class SupervisionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignOff signOff;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private List<SessionView> queue = List.of();
    private final Map<Long, String> comments = new HashMap<>();

    @PostConstruct
    void load() {
        queue = signOff.queue(currentUser.caller());
    }

    public void approve(long sessionId, long version) {
        decide(sessionId, () -> signOff.approve(currentUser.caller(), sessionId, version), "practice.approved");
    }

    public void returnForChanges(long sessionId, long version) {
        decide(sessionId, () -> signOff.returnForChanges(currentUser.caller(), sessionId, version,
                comments.get(sessionId)), "practice.returned");
    }

    public void reject(long sessionId, long version) {
        decide(sessionId, () -> signOff.reject(currentUser.caller(), sessionId, version, comments.get(sessionId)),
                "practice.rejected");
    }

    private void decide(long sessionId, Runnable decision, String doneKey) {
        try {
            decision.run();
            texts.info(texts.text(doneKey));
            comments.remove(sessionId);
        } catch (DomainException refused) {
            texts.show(refused, Map.of()); // shown at the top: the queue below is reloaded
        }
        load();
    }

    public List<SessionView> getQueue() {
        return queue;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
