/**
 * Case matching's rules, plain Java: a case as a dispatcher describes it ({@link academy.anxin.dispatch.domain.CaseDescription},
 * identifying nobody), a member as matching weighs them ({@link academy.anxin.dispatch.domain.Member}), and the
 * match itself ({@link academy.anxin.dispatch.domain.Matching}: who may take the case by the case rules of the
 * credentials context, ranked by approved experience, and what is missing when nobody may).
 */
package academy.anxin.dispatch.domain;
