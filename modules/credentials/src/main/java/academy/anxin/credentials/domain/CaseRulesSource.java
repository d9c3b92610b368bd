package academy.anxin.credentials.domain;

/** Where the case rules come from (the content files); implemented in infrastructure. */
public interface CaseRulesSource {

    CaseRules read();
}
