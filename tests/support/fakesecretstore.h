#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

namespace chartroom::test {

/// An in-memory OS keychain that answers asynchronously, like the real one; `available = false`
/// answers like a machine without one. `calls` records the reads and writes.
class FakeSecretStore final : public secrets::SecretStore
{
public:
    FakeSecretStore()
        : secrets::SecretStore(QStringLiteral("chartroom-test"))
    {}

    bool available = true;
    QHash<QString, QByteArray> entries;
    QStringList calls;

    void read(const QString &key, std::function<void(Result<QByteArray>)> done) override
    {
        calls << QStringLiteral("read ") + key;
        QTimer::singleShot(0, this, [this, key, done] {
            if (!available)
                done(makeError(QStringLiteral("secrets.unavailable"),
                               QStringLiteral("No Secret Service on the session bus.")));
            else if (!entries.contains(key))
                done(makeError(QStringLiteral("secrets.not-found"), QStringLiteral("No such entry.")));
            else
                done(entries.value(key));
        });
    }
    void write(const QString &key, const QByteArray &secret, std::function<void(Result<void>)> done) override
    {
        calls << QStringLiteral("write ") + key;
        QTimer::singleShot(0, this, [this, key, secret, done] {
            if (!available)
                return done(makeError(QStringLiteral("secrets.unavailable"), QStringLiteral("No Secret Service.")));
            entries.insert(key, secret);
            done({});
        });
    }
    void remove(const QString &key, std::function<void(Result<void>)> done) override
    {
        entries.remove(key);
        QTimer::singleShot(0, this, [done] { done({}); });
    }
    void probe(std::function<void(Result<void>)> done) override
    {
        QTimer::singleShot(0, this, [this, done] {
            done(available ? Result<void>()
                           : Result<void>(makeError(QStringLiteral("secrets.unavailable"), QStringLiteral("none"))));
        });
    }
};

} // namespace chartroom::test
