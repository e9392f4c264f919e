package org.smimeconformance.engine.settings;

/**
 * What becomes of Organize By Thread, an app-wide setting, when S/MIME comes on for an account
 * (CLIENT-3): the replaceable part of the app's reaction. A deliberately broken variant may swap it,
 * e.g. to leave threading on. Must be pure and thread-safe.
 */
@FunctionalInterface
public interface OrganizeByThreadRule {

    /**
     * Called once for every account whose S/MIME setting goes from off to on, whether the user or
     * the managed app configuration turned it on.
     *
     * @param organizeByThread   Organize By Thread for the whole app before
     * @param primarySmtpAddress the account S/MIME came on for
     * @return Organize By Thread for the whole app after
     */
    boolean whenSmimeComesOn(boolean organizeByThread, String primarySmtpAddress);

    /**
     * The article's reaction: enabling S/MIME turns Organize By Thread off for every account of the
     * app. Turning S/MIME off again does not turn it back on; the article only says enabling turns
     * it off.
     */
    static OrganizeByThreadRule reference() {
        return (organizeByThread, primarySmtpAddress) -> false;
    }
}
