package academy.anxin.services.application;

/** The heading of a listed organization's feedback form: whom the answer is about. */
public record FeedbackForm(long organizationId, String name) {
}
