// Passphrase wrapping of repository data keys.

#include "artifact/wrappedkey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QTest>

using namespace chartroom::artifact;

namespace {

KdfParameters fast()
{
    KdfParameters p;
    p.n = 1 << 10; // tests only: real repositories use the 64 MiB default
    return p;
}

} // namespace

class tst_WrappedKey : public QObject
{
    Q_OBJECT

private:
    DataKey m_key = DataKey::generate();
    const QByteArray m_passphrase = "correct horse battery staple";

    QJsonObject wrapped()
    {
        const auto result = WrappedKey::wrap(m_key, m_passphrase, fast());
        if (!result)
            qFatal("wrap failed: %s", qPrintable(result.error().toString()));
        return *result;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const QJsonObject object = wrapped();
        QCOMPARE(object.value("format").toString(), QStringLiteral("chartroom-wrapped-key"));
        QCOMPARE(object.value("version").toInt(), 1);
        QCOMPARE(object.value("keyId").toString(), m_key.id);
        QCOMPARE(WrappedKey::keyId(object), m_key.id);
        const QJsonObject kdf = object.value("kdf").toObject();
        QCOMPARE(kdf.value("algorithm").toString(), QStringLiteral("scrypt"));
        QCOMPARE(kdf.value("n").toInteger(), 1024);
        QCOMPARE(kdf.value("r").toInteger(), 8);
        QCOMPARE(kdf.value("p").toInteger(), 1);
        QCOMPARE(QByteArray::fromBase64(kdf.value("salt").toString().toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(object.value("wrapped").toString().toLatin1()).size(), 12 + 32 + 16);

        const QByteArray json = QJsonDocument(object).toJson();
        QVERIFY(!json.contains(m_key.bytes.toBase64()));
        QVERIFY(!json.contains(m_key.bytes.toHex()));

        const auto key = WrappedKey::unwrap(object, m_passphrase);
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().toString()));
        QCOMPARE(key->bytes, m_key.bytes);
        QCOMPARE(key->id, m_key.id);

        // A fresh salt and nonce every time.
        QVERIFY(wrapped().value("wrapped") != object.value("wrapped"));
    }

    // crae_decode.py unwraps with Python's scrypt and AES-GCM, following FORMAT.md §4 only.
    void independentUnwrap()
    {
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("key.json"));
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(wrapped()).toJson());
        file.close();
        QProcess process;
        process.start(QStringLiteral(CHARTROOM_PYTHON),
                      {QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/artifact/crae_decode.py"), QStringLiteral("--unwrap"),
                       keyFile, QString::fromUtf8(m_passphrase)});
        QVERIFY(process.waitForFinished(60'000));
        if (process.exitCode() == 3)
            QSKIP("python3 'cryptography' package not installed");
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput().trimmed(), m_key.bytes.toHex());
    }

    void givenSaltIsUsed()
    {
        KdfParameters p = fast();
        p.salt = QByteArray(16, '\x07');
        const auto object = WrappedKey::wrap(m_key, m_passphrase, p);
        QVERIFY(object.ok());
        QCOMPARE(object->value("kdf").toObject().value("salt").toString(), QString::fromLatin1(p.salt.toBase64()));
        QCOMPARE(WrappedKey::unwrap(*object, m_passphrase)->bytes, m_key.bytes);
    }

    void wrongPassphrase()
    {
        const auto key = WrappedKey::unwrap(wrapped(), "correct horse battery stapler");
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("artifact.wrong-passphrase"));
        QCOMPARE(key.error().message, QStringLiteral("The passphrase is wrong."));
        QCOMPARE(WrappedKey::unwrap(wrapped(), QByteArray()).error().code, QStringLiteral("artifact.wrong-passphrase"));
    }

    void tampered_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        const QString wrong = QStringLiteral("artifact.wrong-passphrase");
        const QString bad = QStringLiteral("artifact.bad-key-file");
        // Authenticated fields: changing them is indistinguishable from a wrong passphrase.
        QTest::newRow("kdf.n") << "kdf.n" << QJsonValue(2048) << wrong;
        QTest::newRow("kdf.r") << "kdf.r" << QJsonValue(4) << wrong;
        QTest::newRow("kdf.salt") << "kdf.salt" << QJsonValue(QString::fromLatin1(QByteArray(16, 'x').toBase64())) << wrong;
        QTest::newRow("keyId") << "keyId" << QJsonValue("0123456789abcdef") << wrong;
        QTest::newRow("wrapped flipped") << "wrapped" << QJsonValue() << wrong;
        // Malformed or unsafe: refused before any key derivation.
        QTest::newRow("format") << "format" << QJsonValue("something") << bad;
        QTest::newRow("version") << "version" << QJsonValue(2) << bad;
        QTest::newRow("cipher") << "cipher" << QJsonValue("aes-128-cbc") << bad;
        QTest::newRow("algorithm") << "kdf.algorithm" << QJsonValue("pbkdf2") << bad;
        QTest::newRow("n not power of two") << "kdf.n" << QJsonValue(1000) << bad;
        QTest::newRow("n huge") << "kdf.n" << QJsonValue(double(quint64(1) << 40)) << bad;
        QTest::newRow("n negative") << "kdf.n" << QJsonValue(-1024) << bad;
        QTest::newRow("n as string") << "kdf.n" << QJsonValue("1024") << bad;
        QTest::newRow("salt short") << "kdf.salt" << QJsonValue("AAAA") << bad;
        QTest::newRow("salt not base64") << "kdf.salt" << QJsonValue("!!!!") << bad;
        QTest::newRow("wrapped short") << "wrapped" << QJsonValue("AAAA") << bad;
        QTest::newRow("keyId missing") << "keyId" << QJsonValue(QJsonValue::Undefined) << bad;
    }

    void tampered()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject object = wrapped();
        if (field == QLatin1String("wrapped") && value.isNull()) {
            QByteArray sealed = QByteArray::fromBase64(object.value("wrapped").toString().toLatin1());
            sealed[20] = char(sealed[20] ^ 1);
            value = QString::fromLatin1(sealed.toBase64());
        }
        if (field.startsWith(QLatin1String("kdf."))) {
            QJsonObject kdf = object.value("kdf").toObject();
            kdf[field.mid(4)] = value;
            object["kdf"] = kdf;
        } else if (value.isUndefined()) {
            object.remove(field);
        } else {
            object[field] = value;
        }
        QElapsedTimer timer;
        timer.start();
        const auto key = WrappedKey::unwrap(object, m_passphrase);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, code);
        QVERIFY(timer.elapsed() < 5000);
    }

    void notAnObject()
    {
        QCOMPARE(WrappedKey::unwrap(QJsonObject(), m_passphrase).error().code, QStringLiteral("artifact.bad-key-file"));
    }

    void defaultsAreMemoryHardButQuick()
    {
        const KdfParameters defaults;
        QCOMPARE(defaults.algorithm, QStringLiteral("scrypt"));
        QCOMPARE(128 * defaults.n * defaults.r, quint64(64) << 20); // 64 MiB
        QElapsedTimer timer;
        timer.start();
        const auto object = WrappedKey::wrap(m_key, m_passphrase);
        const qint64 wrapMs = timer.restart();
        QVERIFY(object.ok());
        QCOMPARE(WrappedKey::unwrap(*object, m_passphrase)->bytes, m_key.bytes);
        const qint64 unwrapMs = timer.elapsed();
        qInfo("default scrypt parameters: wrap %lld ms, unwrap %lld ms", wrapMs, unwrapMs);
        QVERIFY(unwrapMs < 2000);
    }
};

QTEST_GUILESS_MAIN(tst_WrappedKey)
#include "tst_wrappedkey.moc"
