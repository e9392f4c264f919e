/**
 * Fetching from the endpoints a certificate names (CRL distribution points, AIA caIssuers) and from
 * the Global Address List: HTTP GET only, bounded in time and size, failures as reasons rather than
 * exceptions.
 */
package org.smimeconformance.engine.net;
