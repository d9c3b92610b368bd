package academy.anxin.web.records;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.records.application.RegionDashboard;
import academy.anxin.records.application.RegionDashboardView;
import academy.anxin.services.application.FeedbackService;
import academy.anxin.services.application.RegionalFeedback;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * app/region.xhtml?region=NNNNNN, a regional coordinator's dashboard: the organizations of the region (or of a
 * division within it) and their sum, counts of people shown by records' small-count rule, nobody named. Without
 * {@code region}, the caller's first region; a code none of the caller's grants reaches, or no code at all, is 403.
 * Beside the service data, the feedback of the people served by the division's listed organizations over the same
 * months (averages under five answers suppressed by services). Read-only: it answers GET only (a choice of
 * division is a GET form).
 */
@Named
@RequestScoped
public class RegionPage {

    @Inject
    RegionDashboard dashboard;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegionNames names;

    @Inject
    FeedbackService feedbackService;

    @Inject
    Clock clock;

    private String region;
    private RegionDashboardView view;
    private List<RegionCode> mine;
    private RegionalFeedback feedback;

    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            view = dashboard.of(currentUser.caller(), region);
            mine = dashboard.regionsOf(currentUser.caller());
            // records decided that the caller may see the division; the feedback is for the same months
            feedback = feedbackService.regionalAverages(new RegionCode(view.region()),
                    LocalDate.parse(view.recentFrom() + "-01"), LocalDate.now(clock.withZone(PlatformTime.ZONE)));
        });
    }

    /** A division's name as far as the platform's table knows it, with its code. */
    public String name(String code) {
        return names.name(code);
    }

    public RegionDashboardView getView() {
        return view;
    }

    public RegionalFeedback getFeedback() {
        return feedback;
    }

    public List<RegionCode> getMine() {
        return mine;
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public Endorsement[] getEndorsements() {
        return Endorsement.values();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
