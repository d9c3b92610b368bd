package academy.anxin.kernel.domain;

/**
 * The caller may not do this, or may not know that the thing exists. Pages answer 403 and APIs 403/404; the
 * message never says more than "not allowed", so that a refusal tells nothing about another organization.
 */
public class AccessDenied extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccessDenied() {
        super("access.denied");
    }
}
