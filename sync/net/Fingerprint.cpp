#include "CertificateFingerprint.h"

#include "Fingerprint.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cctype>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace ils {

std::optional<std::string> normaliseFingerprint(std::string_view text)
{
    std::string hex;
    for (char c : text) {
        if (c == ':' || c == ' ') {
            continue;
        }
        if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
        hex.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (hex.size() != 64) {
        return std::nullopt;
    }
    return hex;
}

std::string certificateFileFingerprint(const std::string& pemFile)
{
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(pemFile.c_str(), "rb"), &std::fclose);
    if (!file) {
        throw std::runtime_error("cannot read the certificate file " + pemFile);
    }
    std::unique_ptr<X509, void (*)(X509*)> cert(PEM_read_X509(file.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!cert) {
        throw std::runtime_error("the file " + pemFile + " holds no PEM certificate");
    }
    return net::fingerprintOf(cert.get());
}

namespace net {

std::string fingerprintOf(X509* certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) != 1) {
        throw std::runtime_error("cannot compute the certificate fingerprint");
    }
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex.push_back(digits[digest[i] >> 4]);
        hex.push_back(digits[digest[i] & 0xf]);
    }
    return hex;
}

} // namespace net

} // namespace ils
