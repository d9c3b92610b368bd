/**
 * The pages' two languages: the visitor's choice ({@code LanguageChoice}) and the localized messages, including
 * the texts of every {@code DomainException}'s key ({@code Texts}, over {@code messages_zh}/{@code messages_en}),
 * and a confirmation kept over a redirect for whichever node renders the next page ({@code NoticeAfterRedirect}).
 */
package academy.anxin.web.i18n;
