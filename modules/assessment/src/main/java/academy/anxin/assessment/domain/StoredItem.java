package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
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
import java.util.Optional;

/**
 * One version of an item in an exam's bank. Its content is never edited: a changed item is a new version and the
 * old one stops being current, so an attempt always shows (and is graded on) the version it drew. A version brought
 * in from another bank (Moodle XML, GIFT) is a draft until a platform admin activates it; only current, active,
 * fully translated versions are drawn.
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
    private boolean active;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "activated_by")
    private String activatedBy;
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
    @Column(name = "text_language")
    private String textLanguage;
    private String source;
    private String fingerprint;
    @Column(name = "imported_at")
    private Instant importedAt;

    protected StoredItem() {
    }

    /** A reviewed version ({@code draft} false) is active from the start; a draft waits for {@link #activate}. */
    public StoredItem(String examCode, BankItem item, String source, String fingerprint, boolean draft, Instant now) {
        this(examCode, item, source, fingerprint, draft, null, now);
    }

    /** {@code written}: the one language a not yet translated item is in, when known. */
    public StoredItem(String examCode, BankItem item, String source, String fingerprint, boolean draft,
                      Language written, Instant now) {
        this.examCode = examCode;
        this.itemCode = item.id();
        this.version = item.version();
        this.current = true;
        this.active = !draft;
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
        this.textLanguage = item.needsTranslation() && written != null ? written.name() : null;
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

    /**
     * A platform admin has read this draft and lets it be drawn. A version still in one language cannot be: every
     * exam is bilingual (a candidate may switch language mid-attempt), so it would show untranslated text.
     */
    public void activate(String actor, Instant now) {
        if (!current) {
            throw new DomainException("items", "assessment.item.retired", itemCode, version);
        }
        if (needsTranslation) {
            throw new DomainException("items", "assessment.item.untranslated", itemCode);
        }
        if (!active) {
            active = true;
            activatedAt = now;
            activatedBy = actor;
        }
    }

    /** Whether attempts may draw this version now. */
    public boolean isDrawable() {
        return current && active && !needsTranslation;
    }

    public boolean isDraft() {
        return current && !active;
    }

    public boolean needsTranslation() {
        return needsTranslation;
    }

    /** The one language this not yet translated version is written in, when known. */
    public Optional<Language> writtenIn() {
        return Optional.ofNullable(textLanguage).map(Language::valueOf);
    }

    public String examCode() {
        return examCode;
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
