#include "Tls.h"

#include "CertificateFingerprint.h"
#include "Fingerprint.h"
#include "SessionError.h"

#include <openssl/ssl.h>

#include <fstream>
#include <memory>
#include <stdexcept>

namespace ils::net {

namespace {

void requireTls12(ssl::context& context)
{
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    context.set_options(ssl::context::default_workarounds | ssl::context::no_compression);
}

void requireReadable(const std::string& path, const char* what)
{
    if (path.empty()) {
        throw std::runtime_error(std::string("no TLS ") + what + " file configured");
    }
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error(std::string("cannot read the TLS ") + what + " file " + path);
    }
}

} // namespace

ssl::context serverContext(const std::string& certFile, const std::string& keyFile)
{
    requireReadable(certFile, "certificate");
    requireReadable(keyFile, "key");
    ssl::context context(ssl::context::tls_server);
    requireTls12(context);
    boost::system::error_code ec;
    context.use_certificate_chain_file(certFile, ec);
    if (ec) {
        throw std::runtime_error("cannot load the TLS certificate " + certFile + ": " + ec.message());
    }
    context.use_private_key_file(keyFile, ssl::context::pem, ec);
    if (ec) {
        throw std::runtime_error("cannot load the TLS key " + keyFile + ": " + ec.message());
    }
    if (SSL_CTX_check_private_key(context.native_handle()) != 1) {
        throw std::runtime_error("the TLS key " + keyFile + " does not belong to the certificate " + certFile);
    }
    return context;
}

ssl::context clientContext()
{
    ssl::context context(ssl::context::tls_client);
    requireTls12(context);
    // No certificate authority is involved: the central's certificate is pinned instead.
    context.set_verify_mode(ssl::verify_none);
    return context;
}

void verifyPinned(TlsStream& stream, const std::string& expectedFingerprint)
{
    std::unique_ptr<X509, void (*)(X509*)> certificate(SSL_get1_peer_certificate(stream.native_handle()), &X509_free);
    if (!certificate) {
        throw SessionError(protocol::ErrorCode::BadCredentials, "the central presented no certificate", false);
    }
    const std::string actual = fingerprintOf(certificate.get());
    const auto expected = normaliseFingerprint(expectedFingerprint);
    if (!expected || *expected != actual) {
        throw SessionError(protocol::ErrorCode::BadCredentials,
                           "certificate fingerprint " + actual + " does not match the enrolled fingerprint "
                               + expectedFingerprint + ": this is not the central this node trusts",
                           false);
    }
}

} // namespace ils::net
