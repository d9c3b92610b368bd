package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One version of an item in an exam's bank. Rows are never edited: a changed item is a new version and the old
 * one stops being current, so an attempt always shows (and is graded on) the version it drew.
 */
@Entity
@Table(name = "asm_item")
public class StoredItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "exam_code")
    private String examCode;
    @Column(name = "item_code")
    private String itemCode;
    private int version;
    private boolean current;
    @Enumerated(EnumType.STRING)
    private ItemType type;
    private String competencies;
    private int difficulty;
    @Column(name = "stem_zh")
    private String stemZh;
    @Column(name = "stem_en")
    private String stemEn;
    @Convert(converter = OptionsConverter.class)
    private List<LocalizedText> options;
    @Column(name = "answer_key")
    private String answerKey;
    @Column(name = "rationale_zh")
    private String rationaleZh;
    @Column(name = "rationale_en")
    private String rationaleEn;
    @Column(name = "scenario_code")
    private String scenarioCode;
    @Column(name = "vignette_zh")
    private String vignetteZh;
    @Column(name = "vignette_en")
    private String vignetteEn;
    @Column(name = "needs_translation")
    private boolean needsTranslation;
    private String source;
    private String fingerprint;
    @Column(name = "imported_at")
    private Instant importedAt;

    protected StoredItem() {
    }

    public StoredItem(String examCode, BankItem item, String source, String fingerprint, Instant now) {
        this.examCode = examCode;
        this.itemCode = item.id();
        this.version = item.version();
        this.current = true;
        this.type = item.type();
        this.competencies = String.join(",", item.competencies());
        this.difficulty = item.difficulty();
        this.stemZh = item.stem().zh();
        this.stemEn = item.stem().en();
        this.options = item.options();
        this.answerKey = Answers.format(item.key());
        this.rationaleZh = item.rationale().zh();
        this.rationaleEn = item.rationale().en();
        this.scenarioCode = item.scenarioId();
        this.vignetteZh = item.vignette() == null ? null : item.vignette().zh();
        this.vignetteEn = item.vignette() == null ? null : item.vignette().en();
        this.needsTranslation = item.needsTranslation();
        this.source = source;
        this.fingerprint = fingerprint;
        this.importedAt = now;
    }

    public BankItem toBankItem() {
        return new BankItem(itemCode, version, type, Arrays.asList(competencies.split(",")), difficulty,
                new LocalizedText(stemZh, stemEn), options, Answers.parse(answerKey),
                new LocalizedText(rationaleZh, rationaleEn), scenarioCode,
                vignetteZh == null ? null : new LocalizedText(vignetteZh, vignetteEn), needsTranslation);
    }

    /** No longer drawn (a newer version arrived, or the bank dropped it); attempts that drew it still show it. */
    public void retire() {
        current = false;
    }

    public long id() {
        return id;
    }

    public String itemCode() {
        return itemCode;
    }

    public int version() {
        return version;
    }

    public boolean isCurrent() {
        return current;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String source() {
        return source;
    }
}
