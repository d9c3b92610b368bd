package academy.anxin.web.records;

import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.records.application.RegionDashboard;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Whether the person looking is a regional coordinator, for the navigation's link to their dashboard. */
@Named
@RequestScoped
public class Coordination {

    @Inject
    RegionDashboard dashboard;

    @Inject
    CurrentUser currentUser;

    private List<RegionCode> regions;

    public boolean isCoordinator() {
        if (regions == null) {
            regions = currentUser.isLoggedIn() ? dashboard.regionsOf(currentUser.caller()) : List.of();
        }
        return !regions.isEmpty();
    }
}
