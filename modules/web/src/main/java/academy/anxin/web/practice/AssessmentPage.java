package academy.anxin.web.practice;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.practice.application.AssessmentForm;
import academy.anxin.practice.application.AssessmentView;
import academy.anxin.practice.application.Assessments;
import academy.anxin.practice.application.RubricView;
import academy.anxin.practice.domain.ObservedIn;
import academy.anxin.web.i18n.LanguageChoice;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "record a competency assessment" section of app/supervision.xhtml: the supervisor picks a member of an
 * organization where they may sign off, a rubric, where and when they observed, a level per criterion (radio
 * groups labelled by the rubric's descriptors) and a comment. Every rule is checked by practice's
 * {@link Assessments}; a refusal is shown at its field and in the page's error summary.
 */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assessments assessments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    @Inject
    LanguageChoice language;

    private List<Assessments.Assessable> assessable = List.of();
    private List<RubricView> rubrics = List.of();
    private List<AssessmentView> recent = List.of();

    private String volunteer;
    private String rubric;
    private String observedIn;
    private String observedOn;
    private final Map<String, String> levels = new HashMap<>();
    private String comment;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        assessable = assessments.assessable(currentUser.caller());
        rubrics = assessments.rubrics();
        recent = assessments.recordedBy(currentUser.caller());
    }

    /** Shows the chosen rubric's criteria (the form posted without recording anything). */
    public void chooseRubric() {
        levels.clear();
    }

    public void record() {
        RubricView chosen = getChosenRubric();
        try {
            String[] ids = volunteer == null || volunteer.isBlank() ? null : volunteer.split(":");
            AssessmentForm form = new AssessmentForm(ids == null ? null : Long.parseLong(ids[1]),
                    ids == null ? null : Long.parseLong(ids[0]), rubric == null || rubric.isBlank() ? null : rubric,
                    observedIn == null || observedIn.isBlank() ? null : ObservedIn.valueOf(observedIn), date(),
                    levels(), comment);
            long id = assessments.record(currentUser.caller(), form);
            boolean passed = assessments.one(currentUser.caller(), id).passed();
            texts.info(texts.text(passed ? "assess.recorded.passed" : "assess.recorded.notYet"));
            volunteer = null;
            observedIn = null;
            observedOn = null;
            comment = null;
            levels.clear();
            recent = assessments.recordedBy(currentUser.caller());
        } catch (DomainException refused) {
            texts.show(refused, fields(chosen));
        }
    }

    /** Reverses one of the caller's recent assessments recorded by mistake, with the reason typed beside it. */
    public void reverse(long assessmentId) {
        try {
            assessments.reverse(currentUser.caller(), assessmentId, reasons.get(assessmentId));
            texts.info(texts.text("assess.reversedDone"));
            reasons.remove(assessmentId);
            recent = assessments.recordedBy(currentUser.caller());
        } catch (DomainException refused) {
            texts.show(refused, Map.of()); // shown at the top, where the error summary is
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    private LocalDate date() {
        if (observedOn == null || observedOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(observedOn.strip());
        } catch (DateTimeParseException notADate) {
            throw new DomainException("observedOn", "competency.field.required");
        }
    }

    private Map<String, Integer> levels() {
        Map<String, Integer> given = new LinkedHashMap<>();
        levels.forEach((criterion, level) -> {
            if (level != null && !level.isBlank()) {
                given.put(criterion, Integer.valueOf(level));
            }
        });
        return given;
    }

    /** Where each field's refusal is shown; a criterion's radio group sits in the repeat at its index. */
    private static Map<String, String> fields(RubricView chosen) {
        Map<String, String> fields = new HashMap<>(Map.of("volunteer", "assess:volunteer", "rubric", "assess:rubric",
                "observedIn", "assess:observedIn", "observedOn", "assess:observedOn", "comment", "assess:comment"));
        if (chosen != null) {
            for (int i = 0; i < chosen.criteria().size(); i++) {
                fields.put("level." + chosen.criteria().get(i).id(), "assess:criteria:" + i + ":level");
            }
        }
        return fields;
    }

    public RubricView getChosenRubric() {
        return rubrics.stream().filter(r -> r.code().equals(rubric)).findFirst().orElse(null);
    }

    /** The sentence under the rubric that says when it passes. */
    public String getPassRule() {
        RubricView chosen = getChosenRubric();
        if (chosen == null) {
            return "";
        }
        String named = chosen.competentIn().isEmpty() ? "" : texts.text("assess.passRule.named",
                chosen.competentIn().stream().map(language::of).collect(Collectors.joining(language.isEnglish()
                        ? ", " : "、")));
        return texts.text("assess.passRule", chosen.minimumLevel(), chosen.competentCount(), named);
    }

    public List<Assessments.Assessable> getAssessable() {
        return assessable;
    }

    public List<RubricView> getRubrics() {
        return rubrics;
    }

    public List<AssessmentView> getRecent() {
        return recent;
    }

    public List<Integer> getLevelNumbers() {
        return List.of(1, 2, 3, 4);
    }

    public String getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(String volunteer) {
        this.volunteer = volunteer;
    }

    public String getRubric() {
        return rubric;
    }

    public void setRubric(String rubric) {
        this.rubric = rubric;
    }

    public String getObservedIn() {
        return observedIn;
    }

    public void setObservedIn(String observedIn) {
        this.observedIn = observedIn;
    }

    public String getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(String observedOn) {
        this.observedOn = observedOn;
    }

    public Map<String, String> getLevels() {
        return levels;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
