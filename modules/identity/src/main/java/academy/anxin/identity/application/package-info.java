/**
 * Identity's use cases, the only way into the context from pages, resources and other contexts: registration,
 * login with its throttle, account settings, organizations and their members (and their region), regional
 * coordinators ({@link academy.anxin.identity.application.RegionalCoordinators}), and organizations' API keys with
 * their rate limits. Every action names its {@link academy.anxin.identity.application.Caller} and is checked here
 * against that caller's roles, whatever the page in front of it already hid. Views returned are plain records,
 * never entities.
 */
package academy.anxin.identity.application;
