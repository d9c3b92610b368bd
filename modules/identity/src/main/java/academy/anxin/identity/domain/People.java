package academy.anxin.identity.domain;

import java.util.List;
import java.util.Optional;

/** Every registered person. */
public interface People {

    Optional<Person> byId(long id);

    Optional<Person> byEmail(EmailAddress email);

    List<Person> byIds(java.util.Collection<Long> ids);

    boolean anyPlatformAdmin();

    Optional<Person> aPlatformAdmin();

    /** Adds a new person; refuses a taken email with a field error even when two registrations race. */
    Person add(Person person);
}
