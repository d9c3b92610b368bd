package academy.anxin.web.dispatch;

import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.dispatch.application.CaseMatching;
import academy.anxin.dispatch.application.MatchView;
import academy.anxin.dispatch.domain.CaseDescription;
import academy.anxin.identity.application.MembershipView;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.Channel;
import academy.anxin.services.domain.ServiceLanguage;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * app/org/dispatch.xhtml?org=N, for the organization's dispatchers and admins: describe a case without naming
 * anyone, and see who of the organization's volunteers may take it and why (the case rules' tier and endorsement,
 * each deciding credential's validity), most experienced first; when nobody may, what is missing, the listed
 * organizations of the city whose volunteers may, and where the rules refer the case. Anyone else gets 403.
 */
@Named
@ViewScoped
public class DispatchPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS = Map.of("population", "match:population", "risk", "match:risk");

    @Inject
    transient CaseMatching matching;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long org;
    private OrganizationView organization;
    private String population;
    private String risk;
    private String channel;
    private String language;
    private final Map<String, Boolean> accessibility = new HashMap<>();
    private final Map<String, Boolean> concerns = new HashMap<>();
    private MatchView result;

    /** f:viewAction: the organization, for its dispatchers and admins only; 403 for anyone else. */
    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            long id = PageAccess.required(org);
            MembershipView membership = currentUser.getMemberships().stream()
                    .filter(m -> m.organization().id() == id)
                    .filter(m -> m.holds(Role.DISPATCHER) || m.holds(Role.ORG_ADMIN))
                    .findFirst().orElseThrow(AccessDenied::new);
            organization = membership.organization();
        });
    }

    public void match() {
        try {
            CaseDescription description = new CaseDescription(code(Population.class, population, "population"),
                    code(CaseRequirement.Risk.class, risk, "risk"), code(Channel.class, channel, "channel"),
                    code(ServiceLanguage.class, language, "language"), chosen(accessibility, Accessibility.class),
                    chosen(concerns, CaseRequirement.Concern.class));
            result = matching.match(currentUser.caller(), org, description);
        } catch (DomainException refused) {
            result = null;
            texts.show(refused, FIELDS);
        }
    }

    /** A choice from the form: empty is none; a value the form never offered is refused, naming the field. */
    private static <E extends Enum<E>> E code(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        throw new DomainException(field, "validation.required");
    }

    private static <E extends Enum<E>> Set<E> chosen(Map<String, Boolean> ticks, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (Boolean.TRUE.equals(ticks.get(value.name()))) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    public CaseRequirement.Risk[] getRisks() {
        return CaseRequirement.Risk.values();
    }

    public CaseRequirement.Concern[] getConcernChoices() {
        return CaseRequirement.Concern.values();
    }

    /** Minutes as hours with one decimal ("12.5"). */
    public String hours(long minutes) {
        return String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PlatformTime.ZONE)
                .format(instant);
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Map<String, Boolean> getAccessibility() {
        return accessibility;
    }

    public Map<String, Boolean> getConcerns() {
        return concerns;
    }

    public MatchView getResult() {
        return result;
    }
}
