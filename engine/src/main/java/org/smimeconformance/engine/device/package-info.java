/**
 * Outlook on one device of the scenario ({@link org.smimeconformance.engine.device.OutlookOnDevice}):
 * the device's certificate stores in memory with real PKCS#12 reading and writing
 * ({@link org.smimeconformance.engine.device.DeviceCertificateStores},
 * {@link org.smimeconformance.engine.device.Pkcs12File}), the certificate details view
 * ({@link org.smimeconformance.engine.device.CertificateDetailsReader}), the compose screen
 * ({@link org.smimeconformance.engine.device.OutlookComposer}: its S/MIME options, and saving and
 * sending after the checks of {@link org.smimeconformance.engine.device.SenderCertificates}) and
 * the reading pane and its status bar ({@link org.smimeconformance.engine.device.OutlookReader}).
 * The app's settings are the settings package's; messages are written and read by the mail
 * package; every certificate the app uses is judged by the client's trust verification.
 *
 * <p>Someone's certificate is looked up, and the recipients of an encrypted message evaluated,
 * through the world's {@code Directories} (the directory package), which the reference client
 * always hands over; an {@code OutlookOnDevice} made without them searches the device alone
 * ({@link org.smimeconformance.engine.device.DeviceCertificateLookup}).
 *
 * <p>Manual delivery: a tapped attachment is opened by the
 * {@link org.smimeconformance.engine.device.Pkcs12Opener} and goes to the store Outlook reads on the
 * platform; which stores Outlook reads is the {@link org.smimeconformance.engine.device.StoreAccess}'s
 * to say; an export asks for a strong password
 * ({@link org.smimeconformance.engine.device.PasswordStrength}). Automated delivery comes in through
 * {@link org.smimeconformance.engine.device.DeviceDelivery}, whose factory, given by the reference
 * client, makes Company Portal for the device; nothing here depends on the delivery package. Device
 * state lives in the scenario's client; nothing here is static and mutable.
 */
package org.smimeconformance.engine.device;
