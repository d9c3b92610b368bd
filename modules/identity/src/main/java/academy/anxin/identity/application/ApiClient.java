package academy.anxin.identity.application;

/**
 * An organization's machine account as the API sees its caller: which key called, for which organization, and how
 * many calls a minute that key may make.
 */
public record ApiClient(long keyId, long organizationId, int perMinute) {
}
