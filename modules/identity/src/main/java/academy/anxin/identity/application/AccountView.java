package academy.anxin.identity.application;

import academy.anxin.identity.domain.Person;
import academy.anxin.kernel.domain.Language;

/** What a person may see and change of their own account. */
public record AccountView(long id, String name, String email, Language language, boolean captionsAlwaysOn,
                          boolean transcriptsShown, boolean extendedExamTime, boolean easyReadFirst, boolean examBreaks,
                          boolean platformAdmin) {

    static AccountView of(Person person) {
        var needs = person.accessibilityNeeds();
        return new AccountView(person.id(), person.displayName(), person.email().value(),
                person.preferredLanguage(), needs.captionsAlwaysOn(), needs.transcriptsShown(),
                needs.extendedExamTime(), needs.easyReadFirst(), needs.examBreaks(), person.isPlatformAdmin());
    }
}
