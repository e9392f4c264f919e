/**
 * Fetching from the endpoints a certificate names (CRL distribution points, AIA caIssuers) and from
 * the Global Address List ({@link org.smimeconformance.engine.net.HttpFetcher}): HTTP GET only,
 * bounded in time and size, redirects followed, counted and checked one by one, failures as
 * reasons rather than exceptions ({@link org.smimeconformance.engine.net.Fetched}). The JDK HTTP
 * clients are shared by a whole run, one per connect timeout
 * ({@link org.smimeconformance.engine.net.HttpClients}), and never follow a redirect themselves;
 * Company Portal's connection to Endpoint Manager, in the delivery package, uses them too, with
 * its own bounded reading and no redirect followed.
 */
package org.smimeconformance.engine.net;
