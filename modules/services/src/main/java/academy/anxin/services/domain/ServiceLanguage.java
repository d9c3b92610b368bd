package academy.anxin.services.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A language a service can be had in, by its BCP 47 tag as the API writes it ({@code lang=yue}). Sign language is
 * an accessibility feature, not listed here.
 */
public enum ServiceLanguage {
    MANDARIN("zh"), CANTONESE("yue"), ENGLISH("en"), TIBETAN("bo"), UYGHUR("ug"), MONGOLIAN("mn"), ZHUANG("za"),
    KOREAN("ko");

    private final String tag;

    ServiceLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static Optional<ServiceLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
