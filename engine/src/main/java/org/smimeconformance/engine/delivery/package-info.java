/**
 * Getting certificates onto the device automatically: Company Portal retrieving the user's S/MIME
 * certificates and the Outlook policy from Microsoft Endpoint Manager
 * ({@link org.smimeconformance.engine.delivery.CompanyPortal},
 * {@link org.smimeconformance.engine.delivery.Retrieval}, over JSON and HTTP at the world's Intune
 * address): enrollment (AUTO-1, AUTO-3), the prerequisites (AUTO-8), imported certificate
 * histories (AUTO-4), SCEP with keys made on the device (AUTO-5), derived credentials (AUTO-6),
 * asynchronous retrieval (AUTO-7), and the iOS and Android policies with their targeting
 * (POL-4..9). Company Portal places what it retrieves in the device's stores and applies the policy
 * to the app's settings.
 *
 * <p>The replaceable parts of manual and automated delivery are gathered in
 * {@link org.smimeconformance.engine.delivery.DeliveryParts}: the
 * {@link org.smimeconformance.engine.delivery.EnrollmentRule} is here; the store access and the
 * PKCS#12 opener live in the device package, with manual delivery itself.
 */
package org.smimeconformance.engine.delivery;
