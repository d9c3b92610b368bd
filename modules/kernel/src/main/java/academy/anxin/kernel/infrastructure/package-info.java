/**
 * How the kernel meets the runtime: applying every context's schema migrations, the readiness check, and the
 * clock. The kernel's own: other modules build on {@code kernel.platform} and {@code kernel.content} instead.
 */
package academy.anxin.kernel.infrastructure;
