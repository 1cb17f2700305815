/**
 * Identity (身份与权限): org units, staff users and their roles, sign-in, and the data-scope rule that decides which
 * customers a user may see ({@link org.clientcare.identity.DataScope}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.clientcare.identity;
