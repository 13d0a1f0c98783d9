#pragma once

#include <string>

typedef struct x509_st X509;

namespace ils::net {

// Lower-case hex SHA-256 of the certificate's DER encoding.
std::string fingerprintOf(X509* certificate);

} // namespace ils::net
