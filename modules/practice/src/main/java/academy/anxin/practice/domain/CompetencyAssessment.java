package academy.anxin.practice.domain;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.IdentifyingDetails;
import academy.anxin.kernel.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A competency assessment (胜任力评估): a supervisor entitled in the volunteer's organization observed a role-play,
 * a live call or a supervision session and scored it on a {@link Rubric}, a level per criterion, with a comment and
 * the day it was observed. The outcome follows from the rubric's pass rule, here, when it is recorded. It is
 * signed off as it is recorded and never changes afterwards, like an approved practice session: there are no
 * setters and no edits. A mistaken assessment is corrected only by {@link #reverse a reversal}: a new entry that
 * names it, with the reason, after which it counts for nothing; both stay, as the audit trail does.
 */
@Entity
@Table(name = "prc_assessment")
public class CompetencyAssessment {

    public static final int COMMENT_LENGTH = 1000;
    public static final int REASON_LENGTH = 500;
    /** An observation older than this is too old to stand for the volunteer's skill today, and to remember well. */
    public static final int OLDEST_DAYS = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "assessor_id", nullable = false)
    private long assessorId;

    @Column(name = "rubric_code", nullable = false, length = 40)
    private String rubricCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "observed_in", nullable = false, length = 20)
    private ObservedIn observedIn;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    /** One {@code criterion=level} per criterion, comma-separated, in the rubric's order. */
    @Column(name = "levels", nullable = false, length = 1000)
    private String levels;

    @Column(name = "comment", nullable = false, length = COMMENT_LENGTH)
    private String comment;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** For a reversal, the assessment it takes back; its comment is then the reason. */
    @Column(name = "reversal_of")
    private Long reversalOf;

    protected CompetencyAssessment() {
        // for JPA
    }

    /** What a supervisor enters; {@link #record} checks it. */
    public record Scores(ObservedIn observedIn, LocalDate observedOn, Map<String, Integer> levels, String comment) {
    }

    /**
     * Records an assessment, with every field checked at once: the rubric may be observed where it was, the day is
     * neither in the future nor more than {@link #OLDEST_DAYS} ago, a level from 1 to 4 for every criterion, and a
     * comment that identifies nobody. The caller checked the assessor's entitlement and the volunteer's membership.
     */
    public static CompetencyAssessment record(long volunteerId, long organizationId, long assessorId, Rubric rubric,
                                              Scores scores, LocalDate today, Instant at) {
        if (assessorId == volunteerId) {
            throw new DomainException("volunteer", "competency.self");
        }
        Validation check = new Validation();
        if (scores.observedIn() == null) {
            check.refuse(new DomainException("observedIn", "competency.field.required"));
        } else if (!rubric.observableIn(scores.observedIn())) {
            check.refuse(new DomainException("observedIn", "competency.observedIn.notForRubric"));
        }
        if (scores.observedOn() == null) {
            check.refuse(new DomainException("observedOn", "competency.field.required"));
        } else if (scores.observedOn().isAfter(today)) {
            check.refuse(new DomainException("observedOn", "competency.date.future"));
        } else if (scores.observedOn().isBefore(today.minusDays(OLDEST_DAYS))) {
            check.refuse(new DomainException("observedOn", "competency.date.tooOld", OLDEST_DAYS));
        }
        Map<String, Integer> levels = check.field(() -> rubric.checked(scores.levels()));
        String comment = text(check, scores.comment(), "comment", COMMENT_LENGTH);
        check.throwIfAny();
        CompetencyAssessment assessment = new CompetencyAssessment();
        assessment.volunteerId = volunteerId;
        assessment.organizationId = organizationId;
        assessment.assessorId = assessorId;
        assessment.rubricCode = rubric.code();
        assessment.observedIn = scores.observedIn();
        assessment.observedOn = scores.observedOn();
        assessment.levels = levels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        assessment.comment = comment;
        assessment.passed = rubric.passes(levels);
        assessment.recordedAt = at;
        return assessment;
    }

    /**
     * A reversal of this assessment, recorded by {@code by} (a supervisor the caller checked is entitled in its
     * organization) with a reason that identifies nobody. Refused for a reversal itself and for its own volunteer;
     * whether it was already reversed is the repository's to say (and the database's, by a unique key).
     */
    public CompetencyAssessment reverse(long by, String reason, Instant at) {
        if (isReversal()) {
            throw new DomainException("competency.reversal.ofReversal");
        }
        if (by == volunteerId) {
            throw new DomainException("reason", "competency.self");
        }
        Validation check = new Validation();
        String why = text(check, reason, "reason", REASON_LENGTH);
        check.throwIfAny();
        CompetencyAssessment reversal = new CompetencyAssessment();
        reversal.volunteerId = volunteerId;
        reversal.organizationId = organizationId;
        reversal.assessorId = by;
        reversal.rubricCode = rubricCode;
        reversal.observedIn = observedIn;
        reversal.observedOn = observedOn;
        reversal.levels = levels;
        reversal.comment = why;
        reversal.passed = false;
        reversal.recordedAt = at;
        reversal.reversalOf = id;
        return reversal;
    }

    /** Free text a supervisor writes: required, not too long, identifying nobody. */
    private static String text(Validation check, String given, String field, int longest) {
        String text = given == null ? "" : given.strip();
        if (text.isEmpty()) {
            check.refuse(new DomainException(field, "competency.field.required"));
        } else if (text.length() > longest) {
            check.refuse(new DomainException(field, "competency.comment.tooLong", longest));
        } else {
            List<IdentifyingDetails.Finding> findings = IdentifyingDetails.in(text);
            if (!findings.isEmpty()) {
                IdentifyingDetails.Finding first = findings.get(0);
                check.refuse(new DomainException(field, "competency.comment.identifies." + first.kind().name(),
                        text.substring(first.start(), first.end())));
            }
        }
        return text;
    }

    /** A reversing entry: it names the assessment it takes back. */
    public boolean isReversal() {
        return reversalOf != null;
    }

    public Long reversalOf() {
        return reversalOf;
    }

    public Long id() {
        return id;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public long organizationId() {
        return organizationId;
    }

    public long assessorId() {
        return assessorId;
    }

    public String rubricCode() {
        return rubricCode;
    }

    public ObservedIn observedIn() {
        return observedIn;
    }

    public LocalDate observedOn() {
        return observedOn;
    }

    /** The level given per criterion id, in the rubric's order as it was when recorded. */
    public Map<String, Integer> levels() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String pair : levels.split(",")) {
            int equals = pair.lastIndexOf('=');
            map.put(pair.substring(0, equals), Integer.parseInt(pair.substring(equals + 1)));
        }
        return Collections.unmodifiableMap(map);
    }

    public String comment() {
        return comment;
    }

    /** Whether the levels met the rubric's pass rule when it was recorded. */
    public boolean passed() {
        return passed;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
