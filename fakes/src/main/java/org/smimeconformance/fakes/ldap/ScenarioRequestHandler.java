package org.smimeconformance.fakes.ldap;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.unboundid.ldap.listener.InMemoryRequestHandler;
import com.unboundid.ldap.listener.LDAPListenerClientConnection;
import com.unboundid.ldap.listener.LDAPListenerRequestHandler;
import com.unboundid.ldap.protocol.AbandonRequestProtocolOp;
import com.unboundid.ldap.protocol.AddRequestProtocolOp;
import com.unboundid.ldap.protocol.AddResponseProtocolOp;
import com.unboundid.ldap.protocol.BindRequestProtocolOp;
import com.unboundid.ldap.protocol.CompareRequestProtocolOp;
import com.unboundid.ldap.protocol.DeleteRequestProtocolOp;
import com.unboundid.ldap.protocol.DeleteResponseProtocolOp;
import com.unboundid.ldap.protocol.ExtendedRequestProtocolOp;
import com.unboundid.ldap.protocol.LDAPMessage;
import com.unboundid.ldap.protocol.ModifyDNRequestProtocolOp;
import com.unboundid.ldap.protocol.ModifyDNResponseProtocolOp;
import com.unboundid.ldap.protocol.ModifyRequestProtocolOp;
import com.unboundid.ldap.protocol.ModifyResponseProtocolOp;
import com.unboundid.ldap.protocol.SearchRequestProtocolOp;
import com.unboundid.ldap.protocol.SearchResultDoneProtocolOp;
import com.unboundid.ldap.protocol.SearchResultEntryProtocolOp;
import com.unboundid.ldap.protocol.UnbindRequestProtocolOp;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;

/**
 * Answers the requests reaching one scenario's listener: journals them, applies the scenario's
 * {@link LdapFault}, confines searches to the scenario's subtree, and leaves the rest to the shared
 * in-memory store. One instance per listener, then one per client connection
 * ({@link #newInstance}), each used by that connection's thread only.
 */
final class ScenarioRequestHandler extends LDAPListenerRequestHandler {

    private static final String READ_ONLY = "this directory is read-only over LDAP";

    /** What a web server would answer at the directory's port: not LDAP at all. */
    private static final byte[] NOT_LDAP = ("HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nContent-Length: 44\r\n\r\n"
            + "<html><body>this is not LDAP</body></html>\r\n").getBytes(StandardCharsets.US_ASCII);

    private final ScenarioLdapDirectory scenario;
    private final InMemoryRequestHandler store;
    private final String scheme;
    private final LDAPListenerClientConnection connection;

    ScenarioRequestHandler(ScenarioLdapDirectory scenario, InMemoryRequestHandler store, String scheme) {
        this(scenario, store, scheme, null);
    }

    private ScenarioRequestHandler(ScenarioLdapDirectory scenario, InMemoryRequestHandler store, String scheme,
                                   LDAPListenerClientConnection connection) {
        this.scenario = scenario;
        this.store = store;
        this.scheme = scheme;
        this.connection = connection;
    }

    @Override
    public ScenarioRequestHandler newInstance(LDAPListenerClientConnection connection) throws LDAPException {
        scenario.saw("connect", scheme);
        if (scenario.fault() == LdapFault.CONNECTION_RESET) {
            resetOnClose(connection.getSocket());
            // Refusing the connection here makes the listener close the socket before reading anything.
            throw new LDAPException(ResultCode.CONNECT_ERROR, "the directory resets the connection");
        }
        if (scenario.fault() == LdapFault.NOT_LDAP) {
            writeNotLdap(connection.getSocket());
            throw new LDAPException(ResultCode.CONNECT_ERROR, "the directory answers something that is not LDAP");
        }
        return new ScenarioRequestHandler(scenario, store.newInstance(connection), scheme, connection);
    }

    @Override
    public void closeInstance() {
        store.closeInstance();
    }

    @Override
    public void processAbandonRequest(int messageID, AbandonRequestProtocolOp request, List<Control> controls) {
        store.processAbandonRequest(messageID, request, controls);
    }

    @Override
    public void processUnbindRequest(int messageID, UnbindRequestProtocolOp request, List<Control> controls) {
        store.processUnbindRequest(messageID, request, controls);
    }

    @Override
    public LDAPMessage processBindRequest(int messageID, BindRequestProtocolOp request, List<Control> controls) {
        scenario.saw("bind", request.getBindDN());
        return store.processBindRequest(messageID, request, controls);
    }

    @Override
    public LDAPMessage processSearchRequest(int messageID, SearchRequestProtocolOp request, List<Control> controls) {
        scenario.saw("search", request.getFilter().toString());
        LdapFault fault = scenario.fault();
        if (fault == LdapFault.BIND_REQUIRED && anonymous()) {
            return done(messageID, ResultCode.INSUFFICIENT_ACCESS_RIGHTS,
                    "this directory requires a successful bind before a search");
        }
        if (fault == LdapFault.UNAVAILABLE) {
            return done(messageID, ResultCode.UNAVAILABLE, "the directory is unavailable");
        }
        if (fault == LdapFault.TIMEOUT) {
            scenario.holdSlowAnswer();
        }
        if (fault == LdapFault.SLOW_BUT_IN_TIME) {
            scenario.holdBriefly();
        }
        if (fault == LdapFault.REFERRAL_LOOP) {
            String self = scheme + "://" + scenario.host() + ":"
                    + (scheme.equals("ldaps") ? scenario.ldapsPort() : scenario.ldapPort()) + "/" + request.getBaseDN();
            return new LDAPMessage(messageID, new SearchResultDoneProtocolOp(ResultCode.REFERRAL_INT_VALUE, null,
                    "ask the directory at " + self, List.of(self)));
        }
        if (fault == LdapFault.HUGE_ANSWER && request.getScope() != SearchScope.BASE) {
            return huge(messageID, controls);
        }
        DN base;
        try {
            base = new DN(request.getBaseDN());
        } catch (LDAPException e) {
            return done(messageID, ResultCode.INVALID_DN_SYNTAX, "not a DN: " + request.getBaseDN());
        }
        DN subtree = scenario.baseDnValue();
        if (base.isNullDN() && request.getScope() == SearchScope.BASE) {
            return store.processSearchRequest(messageID, request, controls); // the root DSE
        }
        if (base.isDescendantOf(subtree, true)) {
            return store.processSearchRequest(messageID, request, controls);
        }
        if (base.isNullDN() || subtree.isDescendantOf(base, false)) {
            if (request.getScope() == SearchScope.BASE) {
                return store.processSearchRequest(messageID, request, controls); // the naming context entry itself
            }
            // Searches above the subtree are answered from the scenario's subtree alone.
            SearchRequestProtocolOp confined = new SearchRequestProtocolOp(subtree.toString(), request.getScope(),
                    request.getDerefPolicy(), request.getSizeLimit(), request.getTimeLimit(), request.typesOnly(),
                    request.getFilter(), request.getAttributes());
            return store.processSearchRequest(messageID, confined, controls);
        }
        return done(messageID, ResultCode.NO_SUCH_OBJECT, "no such entry in this directory: " + base);
    }

    @Override
    public LDAPMessage processCompareRequest(int messageID, CompareRequestProtocolOp request, List<Control> controls) {
        return store.processCompareRequest(messageID, request, controls);
    }

    @Override
    public LDAPMessage processExtendedRequest(int messageID, ExtendedRequestProtocolOp request, List<Control> controls) {
        return store.processExtendedRequest(messageID, request, controls);
    }

    @Override
    public LDAPMessage processAddRequest(int messageID, AddRequestProtocolOp request, List<Control> controls) {
        return new LDAPMessage(messageID, new AddResponseProtocolOp(
                ResultCode.UNWILLING_TO_PERFORM_INT_VALUE, null, READ_ONLY, null));
    }

    @Override
    public LDAPMessage processDeleteRequest(int messageID, DeleteRequestProtocolOp request, List<Control> controls) {
        return new LDAPMessage(messageID, new DeleteResponseProtocolOp(
                ResultCode.UNWILLING_TO_PERFORM_INT_VALUE, null, READ_ONLY, null));
    }

    @Override
    public LDAPMessage processModifyRequest(int messageID, ModifyRequestProtocolOp request, List<Control> controls) {
        return new LDAPMessage(messageID, new ModifyResponseProtocolOp(
                ResultCode.UNWILLING_TO_PERFORM_INT_VALUE, null, READ_ONLY, null));
    }

    @Override
    public LDAPMessage processModifyDNRequest(int messageID, ModifyDNRequestProtocolOp request, List<Control> controls) {
        return new LDAPMessage(messageID, new ModifyDNResponseProtocolOp(
                ResultCode.UNWILLING_TO_PERFORM_INT_VALUE, null, READ_ONLY, null));
    }

    private boolean anonymous() {
        DN bound = store.getAuthenticatedDN();
        return bound == null || bound.isNullDN();
    }

    private static LDAPMessage done(int messageID, ResultCode code, String message) {
        return new LDAPMessage(messageID, new SearchResultDoneProtocolOp(code.intValue(), null, message, null));
    }

    /** One entry with a value of {@link ScenarioLdapDirectory#HUGE_ANSWER_BYTES}, then success. */
    private LDAPMessage huge(int messageID, List<Control> controls) {
        try {
            connection.sendSearchResultEntry(messageID, new SearchResultEntryProtocolOp(
                    "cn=huge," + scenario.baseDn(), List.of(new Attribute("userCertificate;binary",
                            new byte[ScenarioLdapDirectory.HUGE_ANSWER_BYTES]))), controls.toArray(Control[]::new));
        } catch (LDAPException e) {
            return done(messageID, e.getResultCode(), "the huge entry could not be sent: " + e.getMessage());
        }
        return done(messageID, ResultCode.SUCCESS, null);
    }

    /** Writes something that is not LDAP to the client, before the listener closes the connection. */
    private static void writeNotLdap(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            OutputStream out = socket.getOutputStream();
            out.write(NOT_LDAP);
            out.flush();
        } catch (IOException e) {
            // The client went away already; closing follows anyway.
        }
    }

    /** A zero linger time makes closing the socket send a TCP reset rather than an orderly end. */
    private static void resetOnClose(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // The socket is closed next anyway; the client then sees an orderly end instead of a reset.
        }
    }
}
