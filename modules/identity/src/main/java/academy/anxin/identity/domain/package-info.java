/**
 * People and the organizations they serve in. {@link academy.anxin.identity.domain.Person} is a registered
 * volunteer (or staff member) with their preferences; {@link academy.anxin.identity.domain.Organization} a
 * hotline, community site, NGO, hospital or school; {@link academy.anxin.identity.domain.Membership} says which
 * roles a person holds in one organization, made only when the person accepts an
 * {@link academy.anxin.identity.domain.Invitation} to it; an {@link academy.anxin.identity.domain.ApiKey} is an organization's
 * machine account, held by one of its case-assignment services. Rules about input (emails, names, passwords) and
 * about repeated failed logins live here as plain Java.
 */
package academy.anxin.identity.domain;
