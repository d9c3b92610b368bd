package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A one-minute lesson (never over three) that stands alone, tagged for daily learning. Versioned like courses. */
@Entity
@Table(name = "lrn_micro_lesson")
public class MicroLesson extends VersionedContent {

    public static final int LONGEST_MINUTES = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;





    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "tags", nullable = false)
    private String tags;

    // optional: a micro-lesson may support a tier or an endorsement, or neither
    @Embedded
    private Serves serves;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Column(name = "body_zh", nullable = false)
    private String bodyZh;

    @Column(name = "body_en", nullable = false)
    private String bodyEn;


    protected MicroLesson() {
        // for JPA
    }

    public MicroLesson(String code, int version, int minutes, List<String> tags, Serves serves, LocalizedText title,
                       LocalizedText body) {
        super(code, version);
        this.minutes = minutes;
        this.tags = CodeList.join(tags);
        this.serves = serves;
        this.title = title;
        this.bodyZh = body.zh();
        this.bodyEn = body.en();
    }



    public String body(Language language) {
        return language == Language.EN ? bodyEn : bodyZh;
    }

    public Long id() {
        return id;
    }





    public int minutes() {
        return minutes;
    }

    public List<String> tags() {
        return CodeList.split(tags);
    }

    /** The tier or endorsement it supports, or {@code null}. */
    public Serves serves() {
        return serves == null || serves.kind() == null ? null : serves;
    }

    public LocalizedText title() {
        return title;
    }

}
