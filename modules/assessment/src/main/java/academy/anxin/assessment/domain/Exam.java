package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certification exam as imported: what it certifies ({@code serves}: a tier or an endorsement), its title and
 * its current blueprint. Attempts copy what they need from it (pass mark, deadline), so a later blueprint never
 * changes an attempt already started.
 */
@Entity
@Table(name = "asm_exam")
public class Exam {

    @Id
    private String code;
    private int version;
    @Column(name = "serves_kind")
    private String servesKind;
    @Column(name = "serves_code")
    private String servesCode;
    @Column(name = "title_zh")
    private String titleZh;
    @Column(name = "title_en")
    private String titleEn;
    private String draw;
    @Column(name = "time_limit_minutes")
    private int timeLimitMinutes;
    @Column(name = "pass_mark")
    private BigDecimal passMark;
    @Column(name = "attempt_limit")
    private int attemptLimit;
    @Column(name = "cooldown_hours")
    private int cooldownHours;
    @Column(name = "required_courses")
    private String requiredCourses;
    private String fingerprint;
    @Column(name = "imported_at")
    private Instant importedAt;

    protected Exam() {
    }

    public Exam(ExamDefinition definition, String fingerprint, Instant now) {
        this.code = definition.blueprint().examCode();
        update(definition, fingerprint, now);
    }

    public final void update(ExamDefinition definition, String fingerprint, Instant now) {
        Blueprint blueprint = definition.blueprint();
        this.version = definition.version();
        this.servesKind = definition.servesKind();
        this.servesCode = definition.servesCode();
        this.titleZh = definition.title().zh();
        this.titleEn = definition.title().en();
        StringBuilder text = new StringBuilder();
        blueprint.draw().forEach((competency, count) -> text.append(text.isEmpty() ? "" : ",")
                .append(competency).append('=').append(count));
        this.draw = text.toString();
        this.timeLimitMinutes = (int) blueprint.timeLimit().toMinutes();
        this.passMark = BigDecimal.valueOf(blueprint.passMark());
        this.attemptLimit = blueprint.attemptLimit();
        this.cooldownHours = (int) blueprint.cooldown().toHours();
        this.requiredCourses = String.join(",", blueprint.requiredCourses());
        this.fingerprint = fingerprint;
        this.importedAt = now;
    }

    public Blueprint blueprint() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String entry : draw.split(",")) {
            String[] pair = entry.split("=");
            counts.put(pair[0], Integer.parseInt(pair[1]));
        }
        List<String> courses = requiredCourses.isEmpty() ? List.of() : Arrays.asList(requiredCourses.split(","));
        return new Blueprint(code, counts, Duration.ofMinutes(timeLimitMinutes), passMark.doubleValue(),
                attemptLimit, Duration.ofHours(cooldownHours), courses);
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public LocalizedText title() {
        return new LocalizedText(titleZh, titleEn);
    }

    /** "TIER" or "ENDORSEMENT". */
    public String servesKind() {
        return servesKind;
    }

    /** The tier ("L1") or endorsement ("DISABILITY") this exam certifies. */
    public String servesCode() {
        return servesCode;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
