/**
 * Outlook on one device of the scenario ({@link org.smimeconformance.engine.device.OutlookOnDevice}):
 * the device's certificate stores in memory with real PKCS#12 reading and writing
 * ({@link org.smimeconformance.engine.device.DeviceCertificateStores},
 * {@link org.smimeconformance.engine.device.Pkcs12File}), the certificate details view
 * ({@link org.smimeconformance.engine.device.CertificateDetailsReader}), the compose screen
 * ({@link org.smimeconformance.engine.device.OutlookComposer}: its S/MIME options, and saving and
 * sending after the checks of {@link org.smimeconformance.engine.device.SenderCertificates}), the
 * reading pane and its status bar ({@link org.smimeconformance.engine.device.OutlookReader}) and
 * someone's certificate found on the device
 * ({@link org.smimeconformance.engine.device.DeviceCertificateLookup}). Manual delivery: a
 * tapped attachment goes to the store Outlook reads on the platform, opened by a
 * {@link org.smimeconformance.engine.device.Pkcs12Opener}, which stores Outlook reads being the
 * {@link org.smimeconformance.engine.device.StoreAccess}'s to say, and an export asks for a strong
 * password ({@link org.smimeconformance.engine.device.PasswordStrength}); automated delivery comes in
 * through {@link org.smimeconformance.engine.device.DeviceDelivery}. Device state lives in the
 * scenario's client; nothing here is static and mutable.
 */
package org.smimeconformance.engine.device;
