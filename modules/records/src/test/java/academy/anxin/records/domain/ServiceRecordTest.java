package academy.anxin.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.LocalizedText;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.Population;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceRecordTest {

    private static final Basics BASICS = new Basics("李明", 42, 7, "安心热线", "Anxin Hotline", LocalDate.of(2026, 1, 5));
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    @Test
    void servingPeopleIsServiceRolePlayAndObservationAreTraining() {
        ServiceRecord record = ServiceRecord.assemble(BASICS, RecordPeriod.ALL, List.of(
                approved(1, MARCH_2, 50, Modality.HOTLINE),
                approved(2, MARCH_2, 40, Modality.ROLE_PLAY),
                approved(3, MARCH_9, 30, Modality.OBSERVATION),
                approved(4, MARCH_9, 60, Modality.GROUP)), List.of(), List.of());
        assertEquals(110, record.serviceMinutes());
        assertEquals(List.of(Modality.HOTLINE, Modality.GROUP),
                record.service().stream().map(ServiceItem::modality).toList());
        assertEquals(70, record.trainingMinutes());
        assertEquals(List.of("ROLE_PLAY", "OBSERVATION"), record.training().stream().map(TrainingItem::code).toList());
        assertEquals("1.8", record.serviceHours());
    }

    @Test
    void anApprovedReversalNetsOutWithItsSessionAPendingOrRejectedOneDoesNot() {
        List<PracticeEntry> ledger = List.of(
                approved(1, MARCH_2, 50, Modality.HOTLINE),
                entry(2, MARCH_2, -50, Modality.HOTLINE, "APPROVED", 1L),
                approved(3, MARCH_9, 45, Modality.ONLINE_CHAT),
                entry(4, MARCH_9, -45, Modality.ONLINE_CHAT, "SUBMITTED", 3L),
                approved(5, APRIL_1, 20, Modality.FACE_TO_FACE),
                entry(6, APRIL_1, -20, Modality.FACE_TO_FACE, "REJECTED", 5L),
                approved(7, APRIL_1, 30, Modality.ROLE_PLAY),
                entry(8, APRIL_1, -30, Modality.ROLE_PLAY, "APPROVED", 7L));
        ServiceRecord record = ServiceRecord.assemble(BASICS, RecordPeriod.ALL, ledger, List.of(), List.of());
        assertEquals(65, record.serviceMinutes());
        assertEquals(List.of(MARCH_9, APRIL_1), record.service().stream().map(ServiceItem::date).toList());
        assertEquals(0, record.trainingMinutes(), "a reversed role-play is no training either");
        assertTrue(record.service().stream().allMatch(s -> s.minutes() > 0), "no reversal line is left");
    }

    @Test
    void onlyApprovedPracticeCounts() {
        ServiceRecord record = ServiceRecord.assemble(BASICS, RecordPeriod.ALL, List.of(
                entry(1, MARCH_2, 50, Modality.HOTLINE, "SUBMITTED", null),
                entry(2, MARCH_2, 50, Modality.HOTLINE, "RETURNED", null),
                entry(3, MARCH_2, 50, Modality.HOTLINE, "REJECTED", null),
                entry(4, MARCH_2, 50, Modality.HOTLINE, "DRAFT", null)), List.of(), List.of());
        assertEquals(0, record.serviceMinutes());
        assertTrue(record.service().isEmpty());
    }

    @Test
    void trainingHoldsCoursesAndExamsAndEvaluationsHoldSupervisorsComments() {
        TrainingItem course = new TrainingItem(MARCH_2, TrainingItem.Kind.COURSE, "L1-BASICS",
                new LocalizedText("心理援助基础", "Basics"), 0);
        TrainingItem exam = new TrainingItem(MARCH_9, TrainingItem.Kind.EXAM, "L1-EXAM",
                new LocalizedText("基础考试", "Basic exam"), 0);
        PracticeEntry commented = new PracticeEntry(1, MARCH_2, 50, Modality.HOTLINE, Population.YOUTH, "APPROVED",
                null, "王督导", "  倾听到位，安全确认清楚。 ", MARCH_9);
        PracticeEntry silent = new PracticeEntry(2, MARCH_2, 30, Modality.HOTLINE, Population.YOUTH, "APPROVED",
                null, "王督导", null, MARCH_9);
        ServiceRecord record = ServiceRecord.assemble(BASICS, RecordPeriod.ALL, List.of(commented, silent),
                List.of(exam, course), List.of(new Commendation(1, 7, 9, APRIL_1, "春节值守", "person:3")));
        assertEquals(List.of("L1-BASICS", "L1-EXAM"), record.training().stream().map(TrainingItem::code).toList());
        assertEquals(1, record.evaluations().size());
        assertEquals("倾听到位，安全确认清楚。", record.evaluations().get(0).comment());
        assertEquals("王督导", record.evaluations().get(0).supervisor());
        assertEquals(1, record.commendations().size());
    }

    @Test
    void aPeriodKeepsWhatHappenedInIt() {
        ServiceRecord record = ServiceRecord.assemble(BASICS, new RecordPeriod(MARCH_9, LocalDate.of(2026, 3, 31)),
                List.of(approved(1, MARCH_2, 50, Modality.HOTLINE), approved(2, MARCH_9, 40, Modality.HOTLINE),
                        approved(3, APRIL_1, 30, Modality.HOTLINE)),
                List.of(), List.of(new Commendation(1, 7, 9, APRIL_1, "春节值守", "person:3")));
        assertEquals(40, record.serviceMinutes());
        assertTrue(record.commendations().isEmpty());
    }

    @Test
    void monthsSumTheRecordPerMonth() {
        ServiceRecord record = ServiceRecord.assemble(BASICS, RecordPeriod.ALL, List.of(
                approved(1, MARCH_2, 50, Modality.HOTLINE), approved(2, MARCH_9, 40, Modality.GROUP),
                approved(3, MARCH_9, 25, Modality.ROLE_PLAY), approved(4, APRIL_1, 30, Modality.HOTLINE),
                entry(5, APRIL_1, -30, Modality.HOTLINE, "APPROVED", 4L)), List.of(), List.of());
        List<ServiceMonth> months = ServiceMonth.of(record);
        assertEquals(1, months.size(), "April nets out to nothing: " + months);
        ServiceMonth march = months.get(0);
        assertEquals(YearMonth.of(2026, 3), march.month());
        assertEquals(90, march.serviceMinutes());
        assertEquals(2, march.sessions());
        assertEquals(Set.of(Modality.HOTLINE, Modality.GROUP), march.modalities());
        assertEquals(25, march.trainingMinutes());
        assertEquals(42, march.volunteerNumber());
        assertEquals("1.5", march.serviceHours());
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreText() {
        assertEquals("'=HYPERLINK(\"http://x\")", SpreadsheetText.disarmed("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", SpreadsheetText.disarmed("+1"));
        assertEquals("'-1", SpreadsheetText.disarmed("-1"));
        assertEquals("'@SUM(A1)", SpreadsheetText.disarmed("@SUM(A1)"));
        assertEquals("李明", SpreadsheetText.disarmed("李明"));
        assertEquals("", SpreadsheetText.disarmed(null));
    }

    private static PracticeEntry approved(long id, LocalDate date, int minutes, Modality modality) {
        return entry(id, date, minutes, modality, "APPROVED", null);
    }

    private static PracticeEntry entry(long id, LocalDate date, int minutes, Modality modality, String status,
                                       Long reversalOf) {
        return new PracticeEntry(id, date, minutes, modality, Population.GENERAL_PUBLIC, status, reversalOf, "王督导",
                null, date);
    }
}
