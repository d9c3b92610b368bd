package academy.anxin.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A short text in Chinese and English, such as a name or a title. Immutable. */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "text_zh")
    private String zh;

    @Column(name = "text_en")
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String zh, String en) {
        this.zh = Objects.requireNonNull(zh, "zh");
        this.en = Objects.requireNonNull(en, "en");
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && zh.equals(that.zh) && en.equals(that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
