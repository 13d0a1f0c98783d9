// Argon2id hashing of staff passwords through libsodium: the stored form, verification, the
// cost that travels inside the hash, and how long one login's hash takes here.
#include "Argon2idHasher.h"

#include <QTest>

using ils::auth::Argon2idHasher;

class TestArgon2id : public QObject
{
    Q_OBJECT

private slots:
    void hashesAreSaltedArgon2idStrings()
    {
        const Argon2idHasher hasher;
        const auto first = hasher.hash("correct horse");
        const auto second = hasher.hash("correct horse");
        QVERIFY2(first.starts_with("$argon2id$v=19$m=65536,t=2,p=1$"), first.c_str());
        QVERIFY(first != second); // a fresh salt every time
        QVERIFY(first.find("correct horse") == std::string::npos);
    }

    void verifiesTheRightPasswordOnly()
    {
        const Argon2idHasher hasher;
        const auto hash = hasher.hash("correct horse");
        QVERIFY(hasher.verify(hash, "correct horse"));
        QVERIFY(!hasher.verify(hash, "correct horsE"));
        QVERIFY(!hasher.verify(hash, ""));
        const auto chinese = hasher.hash("借书还书2026");
        QVERIFY(hasher.verify(chinese, "借书还书2026"));
    }

    void rejectsWhatIsNotAHash()
    {
        const Argon2idHasher hasher;
        QVERIFY(!hasher.verify("", "x"));
        QVERIFY(!hasher.verify("fake$correct horse", "correct horse"));
        QVERIFY(!hasher.verify("$argon2i$v=19$m=4096,t=3,p=1$c29tZXNhbHQ$abc", "x"));
        QVERIFY(!hasher.verify(std::string(500, '$'), "x"));
    }

    void theCostTravelsWithTheHash()
    {
        // A hash made with other costs (say, before they were raised) still verifies.
        const Argon2idHasher cheap({1, 8192});
        const auto hash = cheap.hash("correct horse");
        QVERIFY2(hash.starts_with("$argon2id$v=19$m=8,t=1,p=1$"), hash.c_str());
        QVERIFY(Argon2idHasher().verify(hash, "correct horse"));
    }

    void theFunctionsCoreUses()
    {
        const Argon2idHasher hasher;
        const ils::PasswordHasher hash = hasher.hasher();
        const ils::PasswordVerifier verify = hasher.verifier();
        QVERIFY(verify(hash("battery staple"), "battery staple"));
        QVERIFY(!verify(hash("battery staple"), "battery stapler"));
    }

    // A login of a name with no account (core passes ils::unknownAccountHash) is checked against
    // a real hash of the same cost as a stored password's, so it does the same work; and it
    // never succeeds, whatever is typed.
    void anUnknownAccountCostsARealCheck()
    {
        const Argon2idHasher hasher;
        const std::string dummy(Argon2idHasher::dummyHash());
        QVERIFY2(dummy.starts_with("$argon2id$v=19$"), dummy.c_str());
        QVERIFY(hasher.hasThisCost(dummy));
        QVERIFY(hasher.hasThisCost(hasher.hash("correct horse")));
        QVERIFY(!Argon2idHasher({1, 8192}).hasThisCost(dummy)); // hasThisCost can say no
        QVERIFY(!hasher.verify(dummy, "")); // a real hash that no typed password matches
        QVERIFY(!hasher.verify(dummy, "correct horse"));
        QVERIFY(!hasher.verify(ils::unknownAccountHash, ""));
        QVERIFY(!hasher.verify(ils::unknownAccountHash, "correct horse"));
        QVERIFY(!hasher.verifier()(ils::unknownAccountHash, "correct horse"));
    }

    // The login dialog must not hang: a stored hash costs what libsodium calls interactive
    // (2 passes over 64 MiB, ~50 ms here; the time itself is measured by the benchmarks, not here).
    void theDefaultCostIsInteractive()
    {
        const Argon2idHasher hasher;
        const auto hash = hasher.hash("correct horse");
        QVERIFY2(hash.starts_with("$argon2id$v=19$m=65536,t=2,p=1$"), hash.c_str());
        QVERIFY(hasher.verify(hash, "correct horse"));
    }
};

QTEST_GUILESS_MAIN(TestArgon2id)
#include "tst_argon2id.moc"
