package org.smimeconformance.contract.delivery;

/** How Endpoint Manager tells the user to retrieve certificates (POL-7). */
public enum Notification {
    /** A push notification that opens the Company Portal landing page. */
    COMPANY_PORTAL,
    /** An email whose link opens Company Portal on the enrolled device. */
    EMAIL
}
