package academy.anxin.web.practice;

import academy.anxin.identity.application.PersonRef;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.practice.application.OrganizationChoice;
import academy.anxin.practice.application.PracticeLog;
import academy.anxin.practice.application.SessionForm;
import academy.anxin.practice.application.SessionView;
import academy.anxin.practice.application.TotalsView;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import academy.anxin.practice.domain.RiskLevel;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * app/practice.xhtml: a volunteer logs practice sessions (draft or straight to sign-off), edits drafts and
 * returned sessions, asks for a reversal of an approved one, reads decisions, and sees the totals of the ledger.
 */
@Named
@ViewScoped
public class PracticePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("date", "log:date", "start", "log:start",
            "minutes", "log:minutes", "modality", "log:modality", "population", "log:population",
            "riskLevel", "log:risk", "reflection", "log:reflection", "supervisor", "log:signer",
            "organization", "log:signer");

    @Inject
    PracticeLog log;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private List<OrganizationChoice> choices = List.of();
    private List<SessionView> sessions = List.of();
    private TotalsView totals;
    private final Map<Long, String> reversalReasons = new HashMap<>();

    private Long editing;
    private String signer;
    private String date;
    private String start;
    private Integer minutes;
    private String modality;
    private String population;
    private String risk;
    private String reflection;

    @PostConstruct
    void load() {
        choices = log.choices(currentUser.caller());
        refresh();
    }

    private void refresh() {
        sessions = log.mine(currentUser.caller());
        totals = log.totals(currentUser.caller());
    }

    public void saveDraft() {
        save(false);
    }

    public void submit() {
        save(true);
    }

    private void save(boolean andSubmit) {
        try {
            long[] orgAndSupervisor = signerIds();
            log.save(currentUser.caller(), editing, orgAndSupervisor[0], orgAndSupervisor[1], form(), andSubmit);
            texts.info(texts.text(andSubmit ? "practice.submitted" : "practice.saved"));
            clear();
            refresh();
        } catch (DomainException refused) {
            texts.show(refused, FIELDS);
        }
    }

    public void edit(long sessionId) {
        SessionView session = log.one(currentUser.caller(), sessionId);
        editing = session.id();
        signer = session.organizationId() + ":" + session.supervisorId();
        date = session.date().toString();
        start = session.start().toString();
        minutes = session.minutes();
        modality = session.modality();
        population = session.population();
        risk = session.riskLevel();
        reflection = session.reflection();
    }

    public void cancelEdit() {
        clear();
    }

    public void requestReversal(long sessionId) {
        try {
            SessionView session = log.one(currentUser.caller(), sessionId);
            log.requestReversal(currentUser.caller(), sessionId, session.supervisorId(), reversalReasons.get(sessionId));
            texts.info(texts.text("practice.reversalRequested"));
            reversalReasons.remove(sessionId);
            refresh();
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
    }

    public void markRead(long sessionId) {
        log.markRead(currentUser.caller(), sessionId);
        refresh();
    }

    private long[] signerIds() {
        if (signer == null || !signer.matches("\\d{1,18}:\\d{1,18}")) {
            throw new DomainException("supervisor", "practice.field.required");
        }
        String[] parts = signer.split(":");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    /** The form as typed; what does not parse is left empty, so the save names it as missing. */
    private SessionForm form() {
        return new SessionForm(parse(date, LocalDate::parse), parse(start, LocalTime::parse), minutes,
                parse(modality, Modality::valueOf), parse(population, Population::valueOf),
                parse(risk, RiskLevel::valueOf), reflection);
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value.strip());
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private void clear() {
        editing = null;
        date = null;
        start = null;
        minutes = null;
        modality = null;
        population = null;
        risk = null;
        reflection = null;
    }

    /** "orgId:supervisorId" options, one per supervisor of each of the volunteer's organizations. */
    public List<String[]> getSigners() {
        List<String[]> options = new ArrayList<>();
        for (OrganizationChoice choice : choices) {
            for (PersonRef supervisor : choice.supervisors()) {
                options.add(new String[] {choice.organizationId() + ":" + supervisor.personId(),
                        supervisor.name(), choice.nameZh(), choice.nameEn()});
            }
        }
        return options;
    }




    public List<SessionView> getSessions() {
        return sessions;
    }

    public List<SessionView> getUnread() {
        return sessions.stream().filter(s -> !s.decisionSeen()).toList();
    }

    public TotalsView getTotals() {
        return totals;
    }

    public Map<Long, String> getReversalReasons() {
        return reversalReasons;
    }

    public Long getEditing() {
        return editing;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getModality() {
        return modality;
    }

    public void setModality(String modality) {
        this.modality = modality;
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

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }
}
