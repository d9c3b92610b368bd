package academy.anxin.practice.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeCsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndFormulasDisarmed() {
        SessionView session = new SessionView(7, 0, 1, "李明", 3, 2, "王芳", LocalDate.of(2026, 11, 22),
                LocalTime.of(19, 0), 45, "HOTLINE", "YOUTH", "HIGH", "先倾听，再评估风险,\n然后\"转介\"", "APPROVED", null,
                null, "=SUM(A1)", Instant.EPOCH, true);
        String csv = PracticeCsv.of(List.of(session));
        String[] lines = csv.split("\r\n", 2);
        assertEquals("id,date,start,minutes,modality,population,risk_level,status,supervisor,reversal_of,"
                + "decision_comment,reflection", lines[0]);
        assertEquals("7,2026-11-22,19:00,45,HOTLINE,YOUTH,HIGH,APPROVED,王芳,,'=SUM(A1),"
                + "\"先倾听，再评估风险,\n然后\"\"转介\"\"\"\r\n", lines[1]);
    }

    @Test
    void negativeMinutesOfAReversalStayNumbers() {
        assertEquals("-45", PracticeCsv.field(-45));
    }
}
