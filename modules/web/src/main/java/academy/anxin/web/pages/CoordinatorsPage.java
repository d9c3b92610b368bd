package academy.anxin.web.pages;

import academy.anxin.identity.application.CoordinatorView;
import academy.anxin.identity.application.RegionalCoordinators;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.records.application.RegionSummaryUpkeep;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * admin/coordinators.xhtml: the platform admin grants a registered person the role of regional coordinator for a
 * division (GB/T 2260 code), withdraws it, and rebuilds the region summaries from the ledgers. Each is audited.
 */
@Named
@ViewScoped
public class CoordinatorsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("email", "grant:email", "region", "grant:region");

    @Inject
    transient RegionalCoordinators coordinators;

    @Inject
    transient RegionSummaryUpkeep upkeep;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private List<CoordinatorView> all;
    private String email;
    private String region;

    @PostConstruct
    void load() {
        all = coordinators.all(currentUser.caller());
    }

    public void grant() {
        try {
            coordinators.grant(currentUser.caller(), email, region);
            texts.info(texts.text("coordinators.granted", email.strip(), region.strip()));
            email = region = null;
            load();
        } catch (DomainException refused) {
            texts.show(refused, FIELDS);
        }
    }

    public void withdraw(long grantId) {
        try {
            coordinators.withdraw(currentUser.caller(), grantId);
            texts.info(texts.text("coordinators.withdrawn"));
            load();
        } catch (DomainException refused) {
            texts.show(refused, FIELDS);
        }
    }

    public void rebuild() {
        long millis = upkeep.rebuild(currentUser.caller());
        texts.info(texts.text("coordinators.rebuilt", millis));
    }

    public List<CoordinatorView> getAll() {
        return all;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
