package academy.anxin.practice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The approved practice minutes a volunteer's next tier asks for, shown as the end of their progress bar. Until
 * the credentials context holds the tier rules as data, one configured figure serves everyone
 * ({@code anxin.practice.next-tier-minutes}); that context replaces this bean with the rule for each person.
 */
@ApplicationScoped
public class NextTierTarget {

    @Inject
    @ConfigProperty(name = "anxin.practice.next-tier-minutes", defaultValue = "2400")
    int minutes;

    public int minutesFor(long volunteerId) {
        return minutes;
    }
}
