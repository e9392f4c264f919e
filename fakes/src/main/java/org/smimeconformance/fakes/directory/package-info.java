/**
 * The directory the app looks certificates up in before LDAP: the Global Address List (Azure
 * Active Directory), its users with their published certificates and its distribution groups,
 * served as JSON on the shared fake HTTP server ({@code fakes/README.md} has the shapes).
 */
package org.smimeconformance.fakes.directory;
