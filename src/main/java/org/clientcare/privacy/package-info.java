/**
 * Personal information rights (个人信息主体权利, SPEC §11; PIPL Arts. 44–47): data-subject requests — access/export,
 * correction, consent withdrawal, deletion — registered from any channel with a deadline on the official calendar
 * (15 working days by default), assigned, answered and audited; a deletion the law does not allow yet (AML retention)
 * puts the customer in the restricted state. Other modules read {@link org.clientcare.privacy.PrivacyRequestFigures}
 * (the on-time rate) through {@link org.clientcare.privacy.PrivacyManagement#figures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.clientcare.privacy;
