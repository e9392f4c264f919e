/**
 * Other people's certificates: where the app finds them and whether it may use them. The world's
 * {@link org.smimeconformance.engine.directory.Directories} gives each device its certificate
 * lookup and its recipient evaluation.
 *
 * <ul>
 *   <li>Sources ({@link org.smimeconformance.engine.directory.CertificateSource}): the device's
 *       stores ({@link org.smimeconformance.engine.directory.DeviceSource}), the Global Address List
 *       ({@link org.smimeconformance.engine.directory.GlobalAddressListSource}, over HTTP and JSON
 *       with {@link org.smimeconformance.engine.directory.GlobalAddressListClient}), the LDAP
 *       endpoint of the app configuration policy
 *       ({@link org.smimeconformance.engine.directory.LdapSource}, over UnboundID, anonymously, with
 *       {@link org.smimeconformance.engine.directory.LdapDirectoryClient}).</li>
 *   <li>The search over them in an order, stopping at the first certificate that is trusted and
 *       fit for encryption ({@link org.smimeconformance.engine.directory.CertificateFinder},
 *       {@link org.smimeconformance.engine.directory.CandidateCheck}, which asks the client's trust
 *       verification: nothing here verifies a certificate itself).</li>
 *   <li>The two orders the article gives: a certificate lookup (device, Azure AD, LDAP: LDAP-5,
 *       {@link org.smimeconformance.engine.directory.OutlookCertificateLookup}) and the recipients
 *       of an encrypted message (Global Address List, device: SEND-9, then LDAP;
 *       {@link org.smimeconformance.engine.directory.RecipientCertificateResolver}, the mail
 *       package's {@code RecipientCertificates}, with distribution groups expanded by
 *       {@code GroupExpansion}).</li>
 * </ul>
 *
 * The orders and the check are the replaceable {@link org.smimeconformance.engine.directory.DirectoryParts}.
 * Every network question is bounded by the world's timeouts and response limit. Validity is
 * judged at the world's clock; the LDAP client measures its own timeouts with
 * {@link java.lang.System#nanoTime()}; nothing reads the wall clock.
 */
package org.smimeconformance.engine.directory;
