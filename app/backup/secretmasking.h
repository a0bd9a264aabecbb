#pragma once

#include "core/result.h"
#include "jobs/bytestream.h"

#include <QByteArray>

#include <functional>
#include <memory>

namespace chartroom::backup {

/// Helm values (YAML) with the value of every secret-looking key ("password", "token",
/// "secretKey"...: Redactor::isSecretName) replaced by "***", for repositories that are not
/// encrypted. `masked` receives how many values were replaced. YAML that cannot be parsed is
/// an error rather than stored unmasked.
Result<QByteArray> maskSecretValues(const QByteArray &yaml, int *masked = nullptr);

/// A sink that collects a small stream (up to `limit` bytes), transforms it on close() and
/// passes the result on: for outputs that must be rewritten as a whole before they are stored.
class TransformingSink final : public jobs::ByteSink
{
public:
    using Transform = std::function<Result<QByteArray>(const QByteArray &)>;
    TransformingSink(Transform transform, std::unique_ptr<jobs::ByteSink> next, qsizetype limit = 64 * 1024 * 1024);

    bool write(const char *data, qsizetype size) override;
    bool close() override;
    void abort() override;
    QString errorString() const override { return m_error; }

private:
    Transform m_transform;
    std::unique_ptr<jobs::ByteSink> m_next;
    qsizetype m_limit;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace chartroom::backup
