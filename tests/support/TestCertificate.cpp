#include "TestCertificate.h"

#include <QDir>
#include <QProcess>

TestCertificate makeTestCertificate(const QString& dir, const QString& commonName)
{
    TestCertificate made;
    made.certFile = QDir(dir).filePath(QStringLiteral("cert.pem"));
    made.keyFile = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {"req",
                   "-x509",
                   "-newkey",
                   "ec",
                   "-pkeyopt",
                   "ec_paramgen_curve:P-256",
                   "-nodes",
                   "-days",
                   "2",
                   "-subj",
                   "/CN=" + commonName,
                   "-keyout",
                   made.keyFile,
                   "-out",
                   made.certFile});
    if (!openssl.waitForFinished(30000))
        made.error = QStringLiteral("openssl req did not finish: ") + openssl.errorString();
    else if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        made.error = QStringLiteral("openssl req failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
    return made;
}
