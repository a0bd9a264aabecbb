#pragma once

#include "core/error.h"
#include "jobs/bytestream.h"

namespace chartroom::artifact::detail {

/// A step of the read pipeline that reports failures as a coded chartroom::Error, so that
/// verifyArtifact() can tell a wrong key from a damaged chunk without parsing messages.
class StageSource : public jobs::ByteSource
{
public:
    QString errorString() const override { return m_error.message; }
    [[nodiscard]] const Error &error() const { return m_error; }

protected:
    qint64 fail(Error error)
    {
        if (m_error.isNull())
            m_error = std::move(error);
        return -1;
    }
    [[nodiscard]] bool failed() const { return !m_error.isNull(); }

    Error m_error;
};

} // namespace chartroom::artifact::detail
