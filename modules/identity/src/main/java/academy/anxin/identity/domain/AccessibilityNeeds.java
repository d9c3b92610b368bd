package academy.anxin.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * What a person asked the platform to do for them, so that every page and exam does it without being asked
 * again: captions always on (deaf and hard-of-hearing learners), transcripts shown beside media, extended
 * exam time (for example for screen-reader or switch users), lessons' easy-read summaries first (cognitive
 * or learning disabilities, or reading in a second language), and exam breaks that stop the clock (fatigue, pain,
 * medication; assessment's {@code Attempt} says how many and how long).
 */
@Embeddable
public class AccessibilityNeeds implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "captions_always_on", nullable = false)
    private boolean captionsAlwaysOn;

    @Column(name = "transcripts_shown", nullable = false)
    private boolean transcriptsShown;

    @Column(name = "extended_exam_time", nullable = false)
    private boolean extendedExamTime;

    @Column(name = "easy_read_first", nullable = false)
    private boolean easyReadFirst;

    @Column(name = "exam_breaks", nullable = false)
    private boolean examBreaks;

    protected AccessibilityNeeds() {
        // for JPA
    }

    public AccessibilityNeeds(boolean captionsAlwaysOn, boolean transcriptsShown, boolean extendedExamTime,
                              boolean easyReadFirst, boolean examBreaks) {
        this.captionsAlwaysOn = captionsAlwaysOn;
        this.transcriptsShown = transcriptsShown;
        this.extendedExamTime = extendedExamTime;
        this.easyReadFirst = easyReadFirst;
        this.examBreaks = examBreaks;
    }

    public static AccessibilityNeeds none() {
        return new AccessibilityNeeds(false, false, false, false, false);
    }

    public boolean captionsAlwaysOn() {
        return captionsAlwaysOn;
    }

    public boolean transcriptsShown() {
        return transcriptsShown;
    }

    public boolean extendedExamTime() {
        return extendedExamTime;
    }

    public boolean easyReadFirst() {
        return easyReadFirst;
    }

    public boolean examBreaks() {
        return examBreaks;
    }
}
