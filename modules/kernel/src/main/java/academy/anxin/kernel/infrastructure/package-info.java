/**
 * How the kernel meets the runtime: the application's data source, the schema migrations every context registers,
 * the readiness check, and the clock.
 */
package academy.anxin.kernel.infrastructure;
