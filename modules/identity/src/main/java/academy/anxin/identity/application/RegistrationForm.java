package academy.anxin.identity.application;

import academy.anxin.kernel.domain.Language;

/** What a volunteer fills in to register. */
public record RegistrationForm(String name, String email, String password, Language language,
                               boolean captionsAlwaysOn, boolean transcriptsShown, boolean extendedExamTime,
                               boolean easyReadFirst, boolean examBreaks, boolean privacyConsent) {
}
