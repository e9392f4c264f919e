/**
 * Outlook on one device of the scenario ({@link org.smimeconformance.engine.device.OutlookOnDevice}):
 * the device's certificate stores in memory with real PKCS#12 reading and writing
 * ({@link org.smimeconformance.engine.device.DeviceCertificateStores},
 * {@link org.smimeconformance.engine.device.Pkcs12File}), the certificate details view
 * ({@link org.smimeconformance.engine.device.CertificateDetailsReader}) and the compose screen's
 * S/MIME options ({@link org.smimeconformance.engine.device.OutlookComposer}). Device state lives in
 * the scenario's client; nothing here is static and mutable.
 */
package org.smimeconformance.engine.device;
