package academy.anxin.kernel.platform;

/**
 * A bounded context's own schema: its Flyway migrations (under {@code classpath:db/<name>}) and its own history
 * table, so that each context evolves only its own tables. Contexts produce one as a CDI bean; {@code order}
 * follows the dependency rules (kernel 0, identity 10, ...) because a context's tables may reference a lower one's.
 */
public record ContextSchema(String name, int order, String historyTable) {

    public String location() {
        return "classpath:db/" + name;
    }
}
