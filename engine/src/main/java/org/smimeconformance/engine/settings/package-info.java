/**
 * The app's own S/MIME settings and the managed app configuration that meets them (CLIENT, POL-1..3,
 * POL-10, and the LDAP endpoint of LDAP-3 and LDAP-4):
 * {@link org.smimeconformance.engine.settings.OutlookSettings} per device, the policy reader
 * {@link org.smimeconformance.engine.settings.ManagedConfigurationReader} with
 * {@link org.smimeconformance.engine.settings.LdapEndpointParser}, and the two replaceable rules,
 * {@link org.smimeconformance.engine.settings.ManagedValueRule} (how a managed value meets the user's
 * choice) and {@link org.smimeconformance.engine.settings.OrganizeByThreadRule} (what enabling S/MIME
 * does to threading). Accounts are named by their primary SMTP address, compared as the identity
 * package's {@code AddressComparison} compares addresses. A policy that carries the iOS designer's
 * certificate deployment settings is refused on Android (POL-9) and kept as it is on iOS; reading
 * and acting on them is Company Portal's, in the delivery package.
 */
package org.smimeconformance.engine.settings;
