#!/usr/bin/env bash
# Makes a small S/MIME PKI with openssl alone, for the verify-cert tests and for trying the
# command by hand.
#
#   make-chain.sh DIR
#
# Writes into DIR (created if missing), every certificate and CRL in PEM unless named .der:
#
#   root.pem             Conformance Test Root CA, self-signed, valid 2020-01-01..2040-01-01
#   intermediate.pem     Conformance Test Intermediate CA, issued by the root, same validity,
#                        CRL distribution point http://crl.example.test/root.crl
#   valid.pem valid.der  alice@example.test, valid 2026-01-01..2027-01-01
#   revoked.pem          bob@example.test, same validity, revoked 2026-01-15 (keyCompromise)
#   expired.pem          carol@example.test, valid 2024-01-01..2025-01-01
#   sign-only.pem        dave@example.test, like valid.pem but keyUsage digitalSignature and
#                        nonRepudiation only: for signing, not for encryption
#   encrypt-only.pem     erin@example.test, like valid.pem but keyUsage keyEncipherment only:
#                        for encryption, not for signing
#   client-auth.pem      frank@example.test, like valid.pem but extendedKeyUsage clientAuth only:
#                        for neither
#   key-agreement.pem    grace@example.test, an EC P-256 key with keyUsage keyAgreement only:
#                        for encryption, not for signing
#   other-root.pem       Unrelated Test Root CA, self-signed, nothing issued by it
#   anchors.pem          other-root.pem and root.pem in one file
#   root.crl             the root's CRL: empty
#   intermediate.crl     the intermediate's CRL: lists revoked.pem
#   intermediate.crl.der the same CRL in DER
#
# The leaves are RSA 2048 S/MIME certificates (but key-agreement.pem): subjectAltName email (the
# only place the address is), keyUsage digitalSignature and keyEncipherment, extendedKeyUsage
# emailProtection (but where said otherwise above), CRL distribution point
# http://crl.example.test/intermediate.crl and AIA caIssuers http://aia.example.test/intermediate.cer.
# Both CRLs have lastUpdate 2026-02-01 and nextUpdate 2027-02-01, so an instant such as
# 2026-03-01T00:00:00Z sees them current. Keys are fresh on every run; names, serial numbers,
# extensions and dates are always the same. The CA databases stay in DIR/ca.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: make-chain.sh DIR" >&2
    exit 2
fi
command -v openssl >/dev/null || { echo "make-chain.sh: openssl not found on PATH" >&2; exit 2; }

out=$1
mkdir -p "$out"
out=$(cd "$out" && pwd)
ca=$out/ca
rm -rf "$ca"
mkdir -p "$ca"

CRL_LAST=20260201000000Z
CRL_NEXT=20270201000000Z
REVOKED_AT=260115000000Z   # index.txt keeps two-digit years
# Read by the v3_smime profile; set per leaf below.
export LEAF_EMAIL=nobody@example.test
export LEAF_KEY_USAGE="digitalSignature, keyEncipherment"
export LEAF_EXT_KEY_USAGE=emailProtection

# One openssl ca configuration per CA: database, serials, and every extension profile.
new_ca_dir() { # name first-serial
    local dir=$ca/$1
    mkdir -p "$dir/newcerts"
    : > "$dir/index.txt"
    echo "unique_subject = no" > "$dir/index.txt.attr"
    echo "$2" > "$dir/serial"
    echo 1000 > "$dir/crlnumber"
    cat > "$dir/ca.cnf" <<CNF
[ ca ]
default_ca = this_ca

[ this_ca ]
dir              = $dir
database         = \$dir/index.txt
new_certs_dir    = \$dir/newcerts
serial           = \$dir/serial
crlnumber        = \$dir/crlnumber
certificate      = \$dir/ca.pem
private_key      = \$dir/ca.key
default_md       = sha256
policy           = policy_any
email_in_dn      = no
copy_extensions  = none
unique_subject   = no
crl_extensions   = crl_ext

[ policy_any ]
organizationName = optional
commonName       = supplied

[ req ]
distinguished_name = req_dn
prompt           = no

[ req_dn ]
CN               = placeholder

[ v3_root ]
basicConstraints       = critical, CA:true
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash

[ v3_intermediate ]
basicConstraints       = critical, CA:true, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:http://crl.example.test/root.crl
authorityInfoAccess    = caIssuers;URI:http://aia.example.test/root.cer

[ v3_smime ]
basicConstraints       = critical, CA:false
keyUsage               = critical, \${ENV::LEAF_KEY_USAGE}
extendedKeyUsage       = \${ENV::LEAF_EXT_KEY_USAGE}
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
subjectAltName         = email:\${ENV::LEAF_EMAIL}
crlDistributionPoints  = URI:http://crl.example.test/intermediate.crl
authorityInfoAccess    = caIssuers;URI:http://aia.example.test/intermediate.cer

[ crl_ext ]
authorityKeyIdentifier = keyid:always
CNF
}

new_key() { # file [RSA|EC]
    if [[ ${2:-RSA} == EC ]]; then
        openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
    else
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null
    fi
}

new_csr() { # key subject csr
    openssl req -new -config "$ca/root/ca.cnf" -key "$1" -subj "$2" -out "$3"
}

sign() { # ca-name csr profile start end out [extra openssl ca options...]
    local name=$1 csr=$2 profile=$3 start=$4 end=$5 target=$6
    shift 6
    openssl ca -batch -notext \
        -config "$ca/$name/ca.cnf" -extensions "$profile" \
        -startdate "$start" -enddate "$end" -in "$csr" -out "$target" "$@" 2>/dev/null
}

self_signed_root() { # name subject out-pem first-serial
    local name=$1
    new_ca_dir "$name" "$4"
    new_key "$ca/$name/ca.key"
    new_csr "$ca/$name/ca.key" "$2" "$ca/$name/ca.csr"
    sign "$name" "$ca/$name/ca.csr" v3_root 20200101000000Z 20400101000000Z "$ca/$name/ca.pem" -selfsign
    cp "$ca/$name/ca.pem" "$3"
}

leaf() { # email common-name start end out [RSA|EC]
    new_key "$ca/$5.key" "${6:-RSA}"
    new_csr "$ca/$5.key" "/O=Conformance Test/CN=$2" "$ca/$5.csr"
    LEAF_EMAIL=$1 sign intermediate "$ca/$5.csr" v3_smime "$3" "$4" "$out/$5"
}

# The root and the intermediate.
self_signed_root root "/O=Conformance Test/CN=Conformance Test Root CA" "$out/root.pem" 01
new_ca_dir intermediate 1001
new_key "$ca/intermediate/ca.key"
new_csr "$ca/intermediate/ca.key" "/O=Conformance Test/CN=Conformance Test Intermediate CA" "$ca/intermediate/ca.csr"
sign root "$ca/intermediate/ca.csr" v3_intermediate 20200101000000Z 20400101000000Z "$ca/intermediate/ca.pem"
cp "$ca/intermediate/ca.pem" "$out/intermediate.pem"

# The leaves.
leaf alice@example.test "Alice Valid" 20260101000000Z 20270101000000Z valid.pem
leaf bob@example.test "Bob Revoked" 20260101000000Z 20270101000000Z revoked.pem
leaf carol@example.test "Carol Expired" 20240101000000Z 20250101000000Z expired.pem
LEAF_KEY_USAGE="digitalSignature, nonRepudiation" \
    leaf dave@example.test "Dave Signing Only" 20260101000000Z 20270101000000Z sign-only.pem
LEAF_KEY_USAGE=keyEncipherment \
    leaf erin@example.test "Erin Encryption Only" 20260101000000Z 20270101000000Z encrypt-only.pem
LEAF_EXT_KEY_USAGE=clientAuth \
    leaf frank@example.test "Frank Client Auth" 20260101000000Z 20270101000000Z client-auth.pem
LEAF_KEY_USAGE=keyAgreement \
    leaf grace@example.test "Grace Key Agreement" 20260101000000Z 20270101000000Z key-agreement.pem EC
openssl x509 -in "$out/valid.pem" -outform DER -out "$out/valid.der"

# A root that issued none of the above.
self_signed_root other-root "/O=Unrelated Test/CN=Unrelated Test Root CA" "$out/other-root.pem" 01
cat "$out/other-root.pem" "$out/root.pem" > "$out/anchors.pem"

# Revoke bob, then pin the revocation date (openssl ca records the current time).
openssl ca -batch -config "$ca/intermediate/ca.cnf" -revoke "$out/revoked.pem" \
    -crl_reason keyCompromise 2>/dev/null
awk -v at="$REVOKED_AT" 'BEGIN { FS = OFS = "\t" } $1 == "R" { sub(/^[^,]*/, at, $3) } { print }' \
    "$ca/intermediate/index.txt" > "$ca/intermediate/index.txt.new"
mv "$ca/intermediate/index.txt.new" "$ca/intermediate/index.txt"

# The CRLs.
for name in root intermediate; do
    openssl ca -batch -config "$ca/$name/ca.cnf" -gencrl \
        -crl_lastupdate "$CRL_LAST" -crl_nextupdate "$CRL_NEXT" -out "$out/$name.crl" 2>/dev/null
done
openssl crl -in "$out/intermediate.crl" -outform DER -out "$out/intermediate.crl.der"
