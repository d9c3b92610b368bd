/**
 * Pages of people and organizations: login, registration, account settings, an organization's members, the
 * platform admin's organizations and audit trail; with the small form objects two pages share ({@code ProfileForm},
 * {@code EmailAndPassword}, {@code RoleChoice}).
 */
package academy.anxin.web.pages;
