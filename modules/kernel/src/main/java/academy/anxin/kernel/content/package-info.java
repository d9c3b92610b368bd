/**
 * Reading the content folder (courses, exam banks, tier rules are all YAML files): the folder walker, a YAML node
 * that knows its file and line, and the collected problems that an import reports by file, line and field.
 * Published by the kernel for the importers of learning, assessment and credentials.
 */
package academy.anxin.kernel.content;
