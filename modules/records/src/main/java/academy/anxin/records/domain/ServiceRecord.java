package academy.anxin.records.domain;

import academy.anxin.practice.domain.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A volunteer's service record in one organization (志愿服务记录), in the five parts of the Ministry of Civil Affairs'
 * rules (《志愿服务记录与证明出具办法》, 2020): basics, service, training, commendations and evaluations.
 *
 * <p>The rules of assembly, all here:
 * <ul>
 *   <li>Only approved practice counts. An approved reversal takes its session out: both lines go and nothing of
 *       them is counted (they net out); a reversal still waiting, or rejected, leaves the session standing.</li>
 *   <li>Service is practice that served people: hotline, online chat, face to face, group. Role-play and observation
 *       are training ({@link #TRAINING_MODALITIES}), listed under training with their minutes, never as service.</li>
 *   <li>Minutes are the session's own length as signed off; travel to and from a session is never part of it
 *       (practice records no travel, and nothing here adds any).</li>
 *   <li>Training also holds courses completed and exams passed. Evaluations are supervisors' comments on decided
 *       sessions, as the volunteer sees them on their own log.</li>
 *   <li>A period keeps what happened in it (by the session's, completion's, commendation's or decision's day).</li>
 * </ul>
 */
public record ServiceRecord(Basics basics, RecordPeriod period, List<ServiceItem> service,
                            List<TrainingItem> training, List<Commendation> commendations,
                            List<Evaluation> evaluations) implements java.io.Serializable {

    /** Approved practice that is training, not service. */
    public static final Set<Modality> TRAINING_MODALITIES = EnumSet.of(Modality.ROLE_PLAY, Modality.OBSERVATION);

    public ServiceRecord {
        service = List.copyOf(service);
        training = List.copyOf(training);
        commendations = List.copyOf(commendations);
        evaluations = List.copyOf(evaluations);
    }

    /** Assembles the record from the ledgers the other contexts keep. */
    public static ServiceRecord assemble(Basics basics, RecordPeriod period, List<PracticeEntry> practice,
                                         List<TrainingItem> coursesAndExams, List<Commendation> commendations) {
        List<PracticeEntry> standing = standing(practice);
        List<ServiceItem> service = new ArrayList<>();
        List<TrainingItem> training = new ArrayList<>();
        for (PracticeEntry entry : standing) {
            if (!period.contains(entry.date())) {
                continue;
            }
            if (TRAINING_MODALITIES.contains(entry.modality())) {
                training.add(new TrainingItem(entry.date(), TrainingItem.Kind.PRACTICE, entry.modality().name(), null,
                        entry.minutes()));
            } else {
                service.add(new ServiceItem(entry.date(), entry.minutes(), entry.modality(), entry.population()));
            }
        }
        coursesAndExams.stream().filter(t -> period.contains(t.date())).forEach(training::add);
        List<Evaluation> evaluations = practice.stream()
                .filter(e -> e.comment() != null && !e.comment().isBlank() && e.decidedOn() != null)
                .filter(e -> period.contains(e.decidedOn()))
                .map(e -> new Evaluation(e.decidedOn(), e.supervisor(), e.status(), e.comment().strip()))
                .sorted(Comparator.comparing(Evaluation::date)).toList();
        service.sort(Comparator.comparing(ServiceItem::date));
        training.sort(Comparator.comparing(TrainingItem::date));
        return new ServiceRecord(basics, period, service, training,
                commendations.stream().filter(c -> period.contains(c.date()))
                        .sorted(Comparator.comparing(Commendation::date)).toList(),
                evaluations);
    }

    /**
     * The approved entries that still count: an approved session and its approved reversal add up to nothing, so
     * both go; an approved reversal whose session is not in the list (never the case in one organization's ledger)
     * stays, negative, so that sums stay the ledger's.
     */
    static List<PracticeEntry> standing(List<PracticeEntry> practice) {
        Map<Long, PracticeEntry> approved = new HashMap<>();
        practice.stream().filter(PracticeEntry::approved).forEach(e -> approved.put(e.id(), e));
        Set<Long> reversed = new HashSet<>();
        approved.values().stream().filter(e -> e.reversalOf() != null && approved.containsKey(e.reversalOf()))
                .forEach(e -> {
                    reversed.add(e.id());
                    reversed.add(e.reversalOf());
                });
        return approved.values().stream().filter(e -> !reversed.contains(e.id()))
                .sorted(Comparator.comparing(PracticeEntry::date).thenComparing(PracticeEntry::id)).toList();
    }

    /** Minutes of service in the record. */
    public int serviceMinutes() {
        return service.stream().mapToInt(ServiceItem::minutes).sum();
    }

    /** Minutes of practice that was training (role-play, observation). */
    public int trainingMinutes() {
        return training.stream().mapToInt(TrainingItem::minutes).sum();
    }

    /** Service hours, to one decimal, as a certificate states them. */
    public String serviceHours() {
        return Hours.of(serviceMinutes());
    }

    /** The record's first and last day of service, for a certificate's period when none is given. */
    public LocalDate firstServiceDay() {
        return service.isEmpty() ? null : service.get(0).date();
    }

    public LocalDate lastServiceDay() {
        return service.isEmpty() ? null : service.get(service.size() - 1).date();
    }
}
