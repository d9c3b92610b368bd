package academy.anxin.credentials.application;

import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.assessment.domain.ExamPassed;
import academy.anxin.credentials.domain.BitstringStatusList;
import academy.anxin.credentials.domain.Credential;
import academy.anxin.credentials.domain.CredentialNumber;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.Eligibility;
import academy.anxin.credentials.domain.EligibilityEngine;
import academy.anxin.credentials.domain.Evidence;
import academy.anxin.credentials.domain.RequirementResult;
import academy.anxin.credentials.domain.StatusEvent;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.learning.domain.CourseCompleted;
import academy.anxin.practice.domain.AssessmentPassed;
import academy.anxin.practice.domain.PracticeApproved;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issues credentials as evidence arrives: after a course is completed, practice approved, a competency assessment
 * or an exam passed, or a prior qualification recognized, the person's evidence is weighed against every rule, and each credential they
 * now meet is issued (with a snapshot of the evidence, a checked number, and its signed form); one that is
 * active and near its end is renewed when its renewal requirements are met. It runs after the other context's
 * transaction has committed, in its own, so a failure here never undoes a volunteer's work.
 */
@ApplicationScoped
public class Issuance {

    public static final String ACTOR = "system:issuance";
    private static final Logger LOG = Logger.getLogger(Issuance.class.getName());
    private static final SecureRandom INDICES = new SecureRandom();
    /** How long the action that earned a credential waits for its issuance before going on without it. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    @Inject
    TierRules tierRules;

    @Inject
    Evidences evidences;

    @Inject
    Credentials store;

    @Inject
    Proofs proofs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Issuance self;

    @Resource
    ManagedExecutorService executor;

    private final EligibilityEngine engine = new EligibilityEngine();

    void onCourse(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        considerSafely(completed.personId());
    }

    void onPractice(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeApproved approved) {
        considerSafely(approved.volunteerId());
    }

    void onAssessment(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssessmentPassed passed) {
        considerSafely(passed.volunteerId());
    }

    void onExam(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExamPassed passed) {
        considerSafely(passed.personId());
    }

    void onRecognition(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recognitions.RecognitionApproved approved) {
        considerSafely(approved.personId());
    }

    /*
     * The observers run while the finished transaction is still bound to the thread, and Payara cannot resume it
     * after a REQUIRES_NEW (InvalidTransactionException, logged on every issuance). A pool thread has no transaction
     * to suspend; waiting for it keeps issuance part of the action that earned it, so the volunteer's next page
     * already shows the credential.
     */
    void considerSafely(long personId) {
        try {
            executor.submit(() -> self.consider(personId)).get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // the next piece of evidence tries again; the volunteer's own work is already saved
            LOG.log(Level.WARNING, "could not weigh the evidence of person " + personId, e.getCause());
        } catch (TimeoutException e) {
            LOG.log(Level.WARNING, "still weighing the evidence of person " + personId + " after " + LONGEST_WAIT
                    + "; it goes on in the background");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Weighs a person's evidence against every rule; returns the numbers of credentials issued or renewed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> consider(long personId) {
        List<String> changed = new ArrayList<>();
        boolean issued = true;
        // issuing one credential can meet another's prerequisite, so look again until nothing changes
        while (issued) {
            issued = false;
            Instant now = clock.instant();
            Evidence evidence = evidences.of(personId, now);
            List<Credentials.Stored> held = store.ofHolder(personId);
            for (CredentialRule rule : TierRules.ordered(tierRules.rules())) {
                List<Credentials.Stored> ofKind = held.stream()
                        .filter(h -> h.credential().kind().equals(rule.kind())).toList();
                var standing = ofKind.stream().filter(h -> {
                    CredentialStatus status = h.credential().statusAt(now);
                    return status == CredentialStatus.ACTIVE || status == CredentialStatus.SUSPENDED;
                }).findFirst();
                if (standing.isPresent()) {
                    renewIfDue(standing.get(), rule, evidence, now).ifPresent(changed::add);
                    continue;
                }
                Eligibility eligibility = engine.evaluate(rule, evidence, now);
                if (eligibility.eligible()) {
                    changed.add(issue(personId, rule, eligibility, evidence, now));
                    issued = true;
                    break;
                }
            }
        }
        return changed;
    }

    private java.util.Optional<String> renewIfDue(Credentials.Stored stored, CredentialRule rule,
                                                  Evidence evidence, Instant now) {
        Credential credential = stored.credential();
        if (!credential.expiringSoon(now) || credential.statusAt(now) != CredentialStatus.ACTIVE
                || !engine.evaluateRenewal(rule, credential, evidence, now).eligible()) {
            return java.util.Optional.empty();
        }
        StatusEvent renewed = credential.renew(ACTOR, rule.validityMonths(), now);
        store.append(stored, renewed);
        audit.record(new AuditRecord(ACTOR, "CREDENTIAL_RENEWED", "credential:" + credential.number().text(),
                "valid until " + renewed.period().until(), null));
        return java.util.Optional.of(credential.number().text());
    }

    private String issue(long personId, CredentialRule rule, Eligibility eligibility, Evidence evidence, Instant now) {
        int year = now.atZone(PlatformTime.ZONE).getYear();
        CredentialNumber number = CredentialNumber.of(rule.kind(), year, store.nextSerial());
        Credential credential = Credential.issue(number, personId, rule.validityMonths(), ACTOR, now);
        int revocation = freeIndex();
        int suspension = freeIndex();
        while (suspension == revocation) {
            suspension = freeIndex();
        }
        int minutes = Math.max(0, evidence.practice().stream().mapToInt(Evidence.ApprovedPractice::minutes).sum());
        String signed = proofs.sign(credential, rule, revocation, suspension);
        store.insert(credential, snapshot(eligibility, evidence, minutes, now), minutes, revocation, suspension,
                signed);
        audit.record(new AuditRecord(ACTOR, "CREDENTIAL_ISSUED", "credential:" + number.text(),
                rule.kind().code() + " to person:" + personId + ", valid until " + credential.period().until(), null));
        LOG.info(() -> "issued " + number.text() + " (" + rule.kind().code() + ") to person " + personId);
        return number.text();
    }

    private int freeIndex() {
        int index;
        do {
            index = INDICES.nextInt(BitstringStatusList.MINIMUM_LENGTH);
        } while (!store.indexFree(index));
        return index;
    }

    /**
     * The evidence as it stood at issuance, requirement by requirement (met by evidence or recognition, or unmet),
     * with the passed competency assessments by rubric and day observed, kept with the credential.
     */
    private static String snapshot(Eligibility eligibility, Evidence evidence, int minutes, Instant now) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("evaluatedAt", now.toString());
        snapshot.put("approvedPracticeMinutes", minutes);
        List<Object> assessments = new ArrayList<>();
        for (Evidence.PassedAssessment passed : evidence.assessments()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rubric", passed.rubricCode());
            entry.put("observedOn", passed.observedOn().toString());
            assessments.add(entry);
        }
        snapshot.put("passedAssessments", assessments);
        List<Object> requirements = new ArrayList<>();
        for (RequirementResult result : eligibility.results()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("requirement", result.id().toString());
            entry.put("basis", result.basis().name());
            entry.put("current", result.current());
            entry.put("target", result.target());
            if (result.recognition() != null) {
                entry.put("recognition", result.recognition());
            }
            requirements.add(entry);
        }
        snapshot.put("requirements", requirements);
        return JSONObjectUtils.toJSONString(snapshot);
    }
}
