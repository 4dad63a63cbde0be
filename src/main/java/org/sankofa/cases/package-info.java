/**
 * Cases: victim assistance, from identification to reintegration and closure.
 *
 * <p>The public API holds the HTCDS 2.0 code lists ({@link org.sankofa.cases.CodeList} and the enums it lists) that
 * the case records, exports and statistics use. The protection of victims' identifying data — field encryption
 * (AES-256-GCM with rotatable keys) and name search through a keyed blind index — lives in {@code internal}: no other
 * module ever sees a victim's name, in clear or encrypted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.sankofa.cases;
