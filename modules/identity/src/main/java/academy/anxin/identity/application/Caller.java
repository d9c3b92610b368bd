package academy.anxin.identity.application;

/** Who is asking: the logged-in person's id and the client's network address (for the audit trail). */
public record Caller(long personId, String address) {

    public String actor() {
        return "person:" + personId;
    }
}
