#include "bytestream.h"

namespace chartroom::jobs {

ByteSink::~ByteSink() = default;
ByteSource::~ByteSource() = default;

} // namespace chartroom::jobs
