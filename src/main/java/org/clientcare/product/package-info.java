/**
 * Products (产品): the catalogue with each product's type, risk level R1–R5 and cooling-off period (§7). Suitability,
 * revisits and the transactions intake refer to products by code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Product")
package org.clientcare.product;
