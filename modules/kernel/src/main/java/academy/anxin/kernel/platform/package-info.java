/**
 * What every context's infrastructure builds on, published by the kernel: the data source's name, a context's own
 * schema ({@link academy.anxin.kernel.platform.ContextSchema}), the start-up event and its named phases, and the
 * column helpers of native SQL. The kernel's own runtime wiring stays in its {@code infrastructure} package,
 * which no other module imports.
 */
package academy.anxin.kernel.platform;
