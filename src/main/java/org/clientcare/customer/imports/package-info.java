/**
 * The bulk import of customers (批量导入, SPEC §2), offered to other modules as the named interface {@code imports}: a
 * go-live migration (or the demo) brings its customer master through {@code CustomerImportManagement} and
 * {@code CustomerImportProcessor} as staff's uploads do.
 */
@org.springframework.modulith.NamedInterface("imports")
package org.clientcare.customer.imports;
