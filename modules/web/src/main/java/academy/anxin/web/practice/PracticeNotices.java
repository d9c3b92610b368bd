package academy.anxin.web.practice;

import academy.anxin.practice.application.PracticeLog;
import academy.anxin.practice.application.SignOff;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * In-app notifications in the navigation: how many sessions wait for this supervisor, and how many decisions
 * this volunteer has not read. Read once per request.
 */
@Named
@RequestScoped
public class PracticeNotices {

    @Inject
    SignOff signOff;

    @Inject
    PracticeLog log;

    @Inject
    CurrentUser currentUser;

    private Boolean supervisor;
    private Integer waiting;
    private Integer unread;

    public boolean isSupervisor() {
        if (supervisor == null) {
            supervisor = currentUser.isLoggedIn() && signOff.isSupervisor(currentUser.caller());
        }
        return supervisor;
    }

    public int getWaiting() {
        if (waiting == null) {
            waiting = isSupervisor() ? signOff.waiting(currentUser.caller()) : 0;
        }
        return waiting;
    }

    public int getUnread() {
        if (unread == null) {
            unread = currentUser.isLoggedIn() ? log.unreadDecisions(currentUser.caller()).size() : 0;
        }
        return unread;
    }
}
