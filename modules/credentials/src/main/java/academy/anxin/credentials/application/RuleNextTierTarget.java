package academy.anxin.credentials.application;

import academy.anxin.practice.application.NextTierTarget;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/** The practice target on a volunteer's totals, from the rule of their next tier rather than one configured figure. */
@Alternative
@Priority(100)
@ApplicationScoped
public class RuleNextTierTarget extends NextTierTarget {

    @Inject
    Paths paths;

    @Override
    public int minutesFor(long volunteerId) {
        int minutes = paths.nextTierMinutes(volunteerId);
        return minutes > 0 ? minutes : super.minutesFor(volunteerId);
    }
}
