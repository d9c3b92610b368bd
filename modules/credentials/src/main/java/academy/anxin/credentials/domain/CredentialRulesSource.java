package academy.anxin.credentials.domain;

/**
 * Where the tier and endorsement rules in force are read from: the content files. Rules with any problem are
 * refused whole and come back as none, so that nothing is ever issued by half-read rules.
 */
public interface CredentialRulesSource {

    CredentialRules read();
}
