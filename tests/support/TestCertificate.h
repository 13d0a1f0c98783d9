#pragma once

#include <QString>

// A throw-away self-signed certificate for a central serving on 127.0.0.1 in a test: EC P-256,
// valid two days, made by the openssl command (as scripts/run makes the demo's) into
// `dir`/cert.pem and `dir`/key.pem.
struct TestCertificate
{
    QString certFile;
    QString keyFile;
    QString error; // what went wrong, empty when the files were made

    bool ok() const { return error.isEmpty(); }
};

TestCertificate makeTestCertificate(const QString& dir, const QString& commonName = QStringLiteral("ils-test"));
