package academy.anxin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import academy.anxin.kernel.domain.DomainException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void everyMemberIsAVolunteer() {
        Membership m = Membership.join(1, 2, EnumSet.of(Role.SUPERVISOR), AT);
        assertEquals(EnumSet.of(Role.VOLUNTEER, Role.SUPERVISOR), m.roles());
        m.assign(Set.of());
        assertEquals(EnumSet.of(Role.VOLUNTEER), m.roles());
    }

    @Test
    void theLastAdminKeepsTheAdminRole() {
        Membership admin = Membership.join(1, 2, EnumSet.of(Role.ORG_ADMIN), AT);
        DomainException refused = assertThrows(DomainException.class,
                () -> admin.assignKeepingAnAdmin(EnumSet.of(Role.SUPERVISOR), 0));
        assertEquals("identity.membership.lastAdmin", refused.messageKey());
        assertEquals(EnumSet.of(Role.VOLUNTEER, Role.ORG_ADMIN), admin.roles());
    }

    @Test
    void anAdminMayStepDownWhenAnotherRemains() {
        Membership admin = Membership.join(1, 2, EnumSet.of(Role.ORG_ADMIN), AT);
        admin.assignKeepingAnAdmin(EnumSet.of(Role.SUPERVISOR), 1);
        assertEquals(EnumSet.of(Role.VOLUNTEER, Role.SUPERVISOR), admin.roles());
    }

    @Test
    void rolesAreStoredInOneStableColumn() {
        RoleSetConverter converter = new RoleSetConverter();
        assertEquals("ORG_ADMIN,VOLUNTEER", converter.convertToDatabaseColumn(EnumSet.of(Role.VOLUNTEER, Role.ORG_ADMIN)));
        assertEquals(EnumSet.of(Role.VOLUNTEER, Role.SUPERVISOR), converter.convertToEntityAttribute("VOLUNTEER,SUPERVISOR"));
    }
}
