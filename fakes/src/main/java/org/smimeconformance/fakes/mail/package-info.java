/**
 * S/MIME messages made and taken apart independently of any implementation under test, with Bouncy
 * Castle and Jakarta Mail: the messages a scenario says someone sent (clear-signed, opaque-signed as
 * other clients send them, encrypted, signed and encrypted, altered after signing), and the
 * examination of the messages an implementation composed (form, signature, recipients,
 * decryption). Scenarios never use the implementation under test to make the messages it must
 * judge, nor to judge the messages it made.
 */
package org.smimeconformance.fakes.mail;
