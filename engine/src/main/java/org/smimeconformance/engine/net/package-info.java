/**
 * Fetching from the endpoints a certificate names (CRL distribution points, AIA caIssuers): HTTP
 * GET only, bounded in time and size, failures as reasons rather than exceptions.
 */
package org.smimeconformance.engine.net;
