package academy.anxin.identity.application;

import java.time.Instant;

/** A regional coordinator's grant as the platform admin's list shows it. */
public record CoordinatorView(long grantId, long personId, String name, String email, String regionCode,
                              Instant grantedAt, Instant withdrawnAt) implements java.io.Serializable {

    public boolean active() {
        return withdrawnAt == null;
    }
}
