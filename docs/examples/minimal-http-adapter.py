#!/usr/bin/env python3
"""A minimal implementation of the smime-conformance HTTP protocol, in Python with its standard
library and the openssl command: trust verification only (capability TRUST).

It fetches missing intermediates through the authority information access path and the CRL of
every certificate from its distribution point, then judges the chain with `openssl verify` at the
instant of the scenario's clock. It is short, not conformant: the
run shows where it falls short, and minimal-http-adapter.deviations.json beside it lists that as
known deviations.

    export SMIME_CONFORMANCE_TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
    python3 docs/examples/minimal-http-adapter.py 8081 &
    ./smime-conformance run --target http://127.0.0.1:8081 \
        --deviations docs/examples/minimal-http-adapter.deviations.json

Like the reference server, it answers only this machine's callers that name it (Host), come from no
other web site (Origin), send JSON and, when SMIME_CONFORMANCE_TOKEN is set, carry that token.

The protocol is in protocol/README.md and protocol/src/main/resources/openapi.json.
"""
import base64
import datetime
import hmac
import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CLIENTS = {}  # client id (unguessable) -> the world it was opened with
LOCK = threading.Lock()
TOKEN = os.environ.get("SMIME_CONFORMANCE_TOKEN")  # the suite sends it as "Authorization: Bearer TOKEN"

# openssl verify's error numbers (X509_V_ERR_*) and the outcome code each one means.
OUTCOMES = {
    2: "NO_TRUSTED_ROOT",    # unable to get issuer certificate
    3: "CRL_UNREACHABLE",    # unable to get certificate CRL
    7: "BAD_SIGNATURE",      # certificate signature failure
    8: "CRL_INVALID",        # CRL signature failure
    9: "NOT_YET_VALID",
    10: "EXPIRED",
    12: "CRL_STALE",         # CRL has expired
    18: "NO_TRUSTED_ROOT",   # self-signed certificate
    19: "NO_TRUSTED_ROOT",   # self-signed certificate in chain
    20: "NO_TRUSTED_ROOT",   # unable to get local issuer certificate
    23: "REVOKED",
}


def pem(der_or_pem_base64, kind="CERTIFICATE"):
    raw = base64.b64decode(der_or_pem_base64)
    if raw.lstrip().startswith(b"-----BEGIN"):
        return raw.decode("ascii")
    body = base64.encodebytes(raw).decode("ascii")
    return f"-----BEGIN {kind}-----\n{body}-----END {kind}-----\n"


def run_openssl(args, data=None, timeout=5):
    return subprocess.run(["openssl"] + args, input=data, capture_output=True, timeout=timeout)


def download(world, certificate_pem, extension, label):
    """The body at the first http(s) address the certificate names in the extension, or None."""
    text = run_openssl(["x509", "-noout", "-ext", extension], certificate_pem).stdout.decode()
    urls = [line.split("URI:", 1)[1].strip() for line in text.splitlines()
            if "URI:" in line and (label is None or label in line)]
    if not urls or not urls[0].startswith(("http://", "https://")) or world["network"]["offline"]:
        return None
    timeout = float(world["network"]["requestTimeout"].removeprefix("PT").removesuffix("S"))
    limit = world["limits"]["maxResponseBytes"]
    try:
        with urllib.request.urlopen(urls[0], timeout=timeout) as answer:
            body = answer.read(limit + 1)
    except Exception:  # refused, reset, timed out, an error status, a broken answer
        return None
    return body if len(body) <= limit else None


def fetch_intermediates(world, certificate_pem):
    """Follows caIssuers addresses from the certificate upwards, at most maxAiaFetches times."""
    fetched, current = [], certificate_pem.encode()
    for _ in range(world["limits"]["maxAiaFetches"]):
        body = download(world, current, "authorityInfoAccess", "CA Issuers")
        if body is None:
            break
        for form in (["x509", "-inform", "DER"], ["x509"], ["pkcs7", "-inform", "DER", "-print_certs"]):
            read = run_openssl(form, body)
            if read.returncode == 0 and b"BEGIN CERTIFICATE" in read.stdout:
                break
        else:
            break
        fetched.append(read.stdout.decode())
        current = read.stdout
    return fetched


def verify(world, check):
    instant = datetime.datetime.fromisoformat(world["clock"]["instant"].replace("Z", "+00:00"))
    timeout = float(world["network"]["requestTimeout"].removeprefix("PT").removesuffix("S")) + 1
    with tempfile.TemporaryDirectory() as work:
        def write(name, text):
            path = os.path.join(work, name)
            with open(path, "w") as out:
                out.write(text)
            return path
        if not world["trustedRoots"]:
            return outcome("NO_TRUSTED_ROOT", "the virtual certificate collection is empty")
        roots = write("roots.pem", "".join(pem(r) for r in world["trustedRoots"]))
        leaf = write("leaf.pem", pem(check["certificate"]))
        untrusted = [pem(c) for c in check["intermediates"]] or fetch_intermediates(world, pem(check["certificate"]))
        crls = [pem(c, "X509 CRL") for c in check["knownCrls"]]
        if not crls:
            for certificate in [pem(check["certificate"])] + untrusted:
                names = run_openssl(["x509", "-noout", "-subject", "-issuer", "-nameopt", "RFC2253"], certificate.encode())
                lines = [line.split("=", 1)[1] for line in names.stdout.decode().splitlines()]
                if names.returncode or len(lines) != 2 or lines[0] == lines[1]:
                    continue  # unreadable (openssl verify says so), or a root: no CRL to fetch
                body = download(world, certificate.encode(), "crlDistributionPoints", None)
                if body is None:
                    return outcome("CRL_UNREACHABLE", "no CRL from the distribution point of " + certificate[:40])
                read = run_openssl(["crl", "-inform", "DER"], body)
                read = read if read.returncode == 0 else run_openssl(["crl"], body)
                if read.returncode:
                    return outcome("CRL_UNREACHABLE", "the distribution point answered something that is not a CRL")
                crls.append(read.stdout.decode())
        args = ["openssl", "verify", "-attime", str(int(instant.timestamp())), "-CAfile", roots,
                "-crl_check_all", "-purpose", "any"]
        if untrusted:
            args += ["-untrusted", write("untrusted.pem", "".join(untrusted))]
        if crls:
            args += ["-CRLfile", write("crls.pem", "".join(crls))]
        try:
            run = subprocess.run(args + [leaf], capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return outcome("CRL_UNREACHABLE", "openssl verify gave no answer in time")
    if run.returncode == 0:
        return outcome("TRUSTED", run.stdout.strip())
    text = (run.stdout + run.stderr).strip()
    for line in text.splitlines():
        if line.startswith("error ") and " at " in line:
            number = int(line.split()[1])
            return outcome(OUTCOMES.get(number, "INVALID_CHAIN"), line)
    if "unable to load certificate" in text or "Could not" in text:
        return outcome("MALFORMED_CERTIFICATE", text.splitlines()[-1] if text else "unreadable")
    return outcome("INVALID_CHAIN", text or "openssl verify failed")


def outcome(code, message):
    return {"outcome": {"code": code, "message": message}, "chain": []}


class Adapter(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def refused(self, post):
        """Answers and closes when the caller may not call: a page of another site, no token, not JSON."""
        port = self.server.server_address[1]
        host = (self.headers.get("Host") or "").lower()
        origin = self.headers.get("Origin")
        presented = (self.headers.get("Authorization") or "").encode()
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if host not in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"):
            refusal = (403, "FORBIDDEN_HOST", "the Host header must name this server")
        elif origin is not None and origin.lower() != f"http://{host}":
            refusal = (403, "FORBIDDEN_ORIGIN", "a request from another origin is refused")
        elif TOKEN and not hmac.compare_digest(presented, f"Bearer {TOKEN}".encode()):
            refusal = (401, "UNAUTHORIZED", "send the token as Authorization: Bearer TOKEN")
        elif post and media != "application/json":
            refusal = (415, "UNSUPPORTED_MEDIA_TYPE", "a POST carries JSON")
        else:
            return False
        # A small body is read and dropped, so that closing does not reset the connection before the
        # caller reads the refusal; a large one is never read, and the connection closes.
        length = self.headers.get("Content-Length", "0")
        if length.isdigit() and int(length) <= 64 * 1024:
            self.rfile.read(int(length))
        self.close_connection = True
        self.error(*refusal)
        return True

    def do_GET(self):
        if self.refused(post=False):
            return
        if self.path == "/v1/implementation":
            return self.answer(200, {"name": "minimal-python", "description": "openssl verify behind the protocol",
                                     "capabilities": ["TRUST"]})
        self.error(404, "UNKNOWN_OPERATION", self.path)

    def do_POST(self):
        if self.refused(post=True):
            return
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        parts = self.path.strip("/").split("/")
        if parts == ["v1", "clients"]:
            client = secrets.token_urlsafe(16)
            with LOCK:
                CLIENTS[client] = body
            return self.answer(200, {"client": client})
        world = CLIENTS.get(parts[2]) if len(parts) > 2 else None
        if world is None:
            return self.error(404, "UNKNOWN_CLIENT", self.path)
        if parts[3:] == ["trust", "verify"]:
            try:
                return self.answer(200, {"value": verify(world, body["check"])})
            except Exception as e:  # a bug here is a harness error, never a verdict
                return self.error(500, "INTERNAL", repr(e))
        capability = "PLATFORM_IOS" if parts[3:4] == ["devices"] and body.get("platform") == "IOS" else (
            "PLATFORM_ANDROID" if parts[3:4] == ["devices"] else "ADDRESS_MATCHING")
        self.error(501, "UNSUPPORTED_CAPABILITY", "only trust verification is here", capability)

    def do_DELETE(self):
        if self.refused(post=False):
            return
        with LOCK:
            CLIENTS.pop(self.path.strip("/").split("/")[-1], None)
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def error(self, status, error, message, capability=None):
        self.answer(status, {"error": error, "message": message, "capability": capability, "operation": None})

    def answer(self, status, value):
        data = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 8081), Adapter)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
