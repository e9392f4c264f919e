/**
 * The suite's scenarios as the Gherkin parser sees them: every {@code *.feature} file, expanded
 * into the scenarios that run, with the tags that apply and the rules they name.
 */
package org.smimeconformance.reports.features;
