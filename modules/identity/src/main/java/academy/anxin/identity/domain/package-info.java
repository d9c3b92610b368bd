/**
 * People and the organizations they serve in. {@link academy.anxin.identity.domain.Person} is a registered
 * volunteer (or staff member) with their preferences; {@link academy.anxin.identity.domain.Organization} a
 * hotline, community site, NGO, hospital or school; {@link academy.anxin.identity.domain.Membership} says which
 * roles a person holds in one organization. Rules about input (emails, names, passwords) and about repeated
 * failed logins live here as plain Java.
 */
package academy.anxin.identity.domain;
