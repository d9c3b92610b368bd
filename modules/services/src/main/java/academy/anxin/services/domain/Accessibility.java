package academy.anxin.services.domain;

/**
 * What a service offers people who would otherwise be shut out: sign language (手语), contact by text alone for
 * deaf or hard-of-hearing callers (文字联系), easy-read material (易读材料), step-free access to its walk-in site
 * (无障碍通行).
 */
public enum Accessibility {
    SIGN_LANGUAGE, TEXT_CONTACT, EASY_READ, STEP_FREE
}
