package academy.anxin.web.demo;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.RegionalCoordinators;
import academy.anxin.identity.application.RegistrationForm;
import academy.anxin.identity.application.RegistrationService;
import academy.anxin.identity.domain.GeneratedPassword;
import academy.anxin.kernel.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The demo's regional coordinator: the demo organization's admin places it in Chaoyang District, Beijing (110105),
 * and the platform admin grants a coordinator Beijing's city districts (110100), so the coordinator's dashboard
 * shows the organization among its districts. Called from {@link DemoData} once its people and history exist.
 */
@ApplicationScoped
public class DemoCoordinator {

    static final String COORDINATOR = "coordinator@demo.anxin.local";
    static final String DISTRICT = "110105";
    static final String CITY = "110100";

    @Inject
    RegistrationService registration;

    @Inject
    OrganizationService organizations;

    @Inject
    RegionalCoordinators coordinators;

    public void add(Caller platformAdmin, Caller orgAdmin, long organization, Map<String, String> access) {
        organizations.placeIn(orgAdmin, organization, DISTRICT);
        String password = GeneratedPassword.next();
        registration.register(new RegistrationForm("地区协调员 赵敏 (demo)", COORDINATOR, password, Language.ZH, false,
                false, false, false, false, true), "127.0.0.1").orElseThrow();
        coordinators.grant(platformAdmin, COORDINATOR, CITY);
        access.put("coordinator.email", COORDINATOR);
        access.put("coordinator.password", password);
        access.put("coordinator.region", CITY);
    }
}
