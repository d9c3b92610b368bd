package academy.anxin.web.credentials;

import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.CredentialView;
import academy.anxin.credentials.application.Paths;
import academy.anxin.practice.application.AssessmentView;
import academy.anxin.practice.application.Assessments;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * app/path.xhtml: the volunteer's credentials, their competency assessments (each criterion's level with its
 * descriptor, the comment, the outcome), and for each tier and endorsement not yet held how far they are.
 */
@Named
@RequestScoped
public class PathPage {

    @Inject
    Paths paths;

    @Inject
    CredentialRegistry registry;

    @Inject
    Assessments assessments;

    @Inject
    CurrentUser currentUser;

    private List<Paths.Step> steps;
    private List<CredentialView> mine;
    private List<AssessmentView> assessed;

    public List<Paths.Step> getSteps() {
        if (steps == null) {
            steps = paths.of(currentUser.caller());
        }
        return steps;
    }

    public List<Paths.Step> getOpen() {
        return getSteps().stream().filter(s -> !s.isHeld()).toList();
    }

    public List<CredentialView> getMine() {
        if (mine == null) {
            mine = registry.mine(currentUser.caller());
        }
        return mine;
    }

    public List<AssessmentView> getAssessments() {
        if (assessed == null) {
            assessed = assessments.mine(currentUser.caller());
        }
        return assessed;
    }
}
