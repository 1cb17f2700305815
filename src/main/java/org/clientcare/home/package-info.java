/**
 * Home (工作台): the UI shell — navigation by role, the signed-in user in every page, and the home page with the
 * figures of the caller's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.clientcare.home;
