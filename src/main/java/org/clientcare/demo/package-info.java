/**
 * Demo mode (演示模式, SPEC §13): started with {@code --demo} on an empty database, it creates the demo org units,
 * users and about a thousand realistic customers through the same services staff use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.clientcare.demo;
