/**
 * Credential pages: the volunteer's path to the next tier, the public check of a number ({@code /verify/{number}},
 * whose old QR address redirects to the API), the organization admin's members' credentials, API keys and
 * recognitions, and the platform admin's decisions, revocations and signing keys.
 */
package academy.anxin.web.credentials;
