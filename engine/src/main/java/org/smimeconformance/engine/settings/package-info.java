/**
 * The app's own S/MIME settings and the managed app configuration that meets them (CLIENT, POL-1..3,
 * POL-10): {@link org.smimeconformance.engine.settings.OutlookSettings} per device, the policy
 * reader {@link org.smimeconformance.engine.settings.ManagedConfigurationReader} with
 * {@link org.smimeconformance.engine.settings.LdapEndpointParser}, and the two replaceable rules,
 * {@link org.smimeconformance.engine.settings.ManagedValueRule} (how a managed value meets the user's
 * choice) and {@link org.smimeconformance.engine.settings.OrganizeByThreadRule} (what enabling S/MIME
 * does to threading).
 */
package org.smimeconformance.engine.settings;
