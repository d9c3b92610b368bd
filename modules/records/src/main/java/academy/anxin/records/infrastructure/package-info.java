/**
 * Records' infrastructure: the schema ({@code RecordsSchema}), the native-SQL stores of commendations and
 * certificates, the certificate PDF (OpenPDF, the Noto Sans Hans font fetched by the build, ZXing for the QR code)
 * and XLSX (fastexcel).
 */
package academy.anxin.records.infrastructure;
