package academy.anxin.kernel.domain;

import java.util.Locale;

/** The two languages every page and every piece of content exists in. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.toLanguageTag();
    }

    /** Reads a language tag or code ("zh", "zh-CN", "en-GB", "EN"); anything else is Chinese, the platform's default. */
    public static Language fromTag(String tag) {
        if (tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return ZH;
    }
}
