/**
 * Microsoft Endpoint Manager (Intune) as Company Portal on an enrolled device reaches it: device
 * enrollment, Azure AD groups and the app configuration policies and certificate profiles assigned
 * to them, trusted root certificates, PKCS imported certificates behind the PFX connector, SCEP
 * issuance from a certificate request made on the device, and derived credentials. JSON on the
 * shared fake HTTP server ({@code fakes/README.md} has the routes and shapes).
 */
package org.smimeconformance.fakes.intune;
