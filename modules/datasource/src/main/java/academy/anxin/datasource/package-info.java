/**
 * Not a bounded context: the platform's data source class ({@code LocalTransactionDataSource}, named by
 * {@code web.PlatformDataSource}), in a jar of its own because Payara Server's connection pool loads it through
 * the application's class loader, which sees an EAR's {@code lib/} and not the WAR's classes.
 */
package academy.anxin.datasource;
