package academy.anxin.identity.infrastructure;

import academy.anxin.identity.domain.EmailAddress;
import academy.anxin.identity.domain.Invitation;
import academy.anxin.identity.domain.Invitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Invitations in {@code idn_invitation}. */
@ApplicationScoped
public class JpaInvitations implements Invitations {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Optional<Invitation> byId(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    @Override
    public List<Invitation> ofOrganization(long organizationId) {
        return em.createQuery("select i from Invitation i where i.organizationId = :org order by i.id desc",
                        Invitation.class)
                .setParameter("org", organizationId).getResultList();
    }

    @Override
    public List<Invitation> toEmail(EmailAddress email) {
        return em.createQuery("select i from Invitation i where i.email = :email order by i.id desc", Invitation.class)
                .setParameter("email", email.value()).getResultList();
    }

    @Override
    public Invitation add(Invitation invitation) {
        em.persist(invitation);
        em.flush();
        return invitation;
    }
}
