package org.smimeconformance.steps.world;

import org.picocontainer.Disposable;
import org.smimeconformance.fakes.directory.GlobalAddressList;
import org.smimeconformance.fakes.http.FakeEndpoint;
import org.smimeconformance.fakes.http.FakeHttpServer;
import org.smimeconformance.fakes.http.ScenarioEndpoints;
import org.smimeconformance.fakes.intune.Intune;
import org.smimeconformance.fakes.journal.Journal;
import org.smimeconformance.fakes.ldap.LdapDirectoryServer;
import org.smimeconformance.fakes.ldap.ScenarioLdapDirectory;

/**
 * The scenario's own endpoints around the app: CRL and AIA endpoints and the Global Address List on
 * the run's shared fake HTTP server, and an LDAP directory with listeners of its own, all writing
 * what they see to one {@link Journal}, so that the order in which they were asked is read from the
 * fakes, never from the implementation. The Global Address List and the LDAP directory are opened
 * on first use. Everything is removed when the scenario ends. One per scenario.
 */
public final class FakeEndpoints implements Disposable {

    private final Journal journal = new Journal();
    private final ScenarioEndpoints endpoints = FakeHttpServer.shared().openScenario(journal);
    private GlobalAddressList gal;
    private ScenarioLdapDirectory ldap;
    private Intune intune;

    public FakeEndpoint crl() {
        return endpoints.crl();
    }

    public FakeEndpoint aia() {
        return endpoints.aia();
    }

    /** The scenario's Global Address List (Azure Active Directory), empty until the scenario fills it. */
    public synchronized GlobalAddressList globalAddressList() {
        if (gal == null) {
            gal = GlobalAddressList.on(endpoints);
        }
        return gal;
    }

    /** The scenario's LDAP directory; its listeners start when its address is first read. */
    public synchronized ScenarioLdapDirectory ldap() {
        if (ldap == null) {
            ldap = LdapDirectoryServer.shared().openScenario(journal);
        }
        return ldap;
    }

    /** The scenario's Microsoft Endpoint Manager (Intune), an empty tenant until the scenario sets it up. */
    public synchronized Intune intune() {
        if (intune == null) {
            intune = Intune.on(endpoints);
        }
        return intune;
    }

    /** What every fake of the scenario saw, in order. */
    public Journal journal() {
        return journal;
    }

    @Override
    public synchronized void dispose() {
        if (ldap != null) {
            ldap.close();
        }
        endpoints.close();
    }
}
