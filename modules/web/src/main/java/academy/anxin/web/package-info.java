/**
 * The platform WAR's own code: the data source it defines, web security, and the JSF pages' backing beans. Beans
 * call the contexts' application services and translate their refusals into messages in the reader's language;
 * they hold no business rules.
 */
package academy.anxin.web;
