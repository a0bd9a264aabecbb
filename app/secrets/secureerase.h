#pragma once

#include <QByteArray>

#include <cstddef>

namespace chartroom::secrets {

/// Overwrites `bytes` with zeros (in a way the compiler may not optimise away) and clears it.
///
/// Only the buffer `bytes` owns is wiped: when it shares its data with other QByteArrays,
/// wiping would detach and erase a fresh copy, so it is only cleared. Callers that hold the
/// last reference to a secret call this before dropping it.
void secureErase(QByteArray &bytes);

/// The same for a raw buffer (stack buffers used while reading a passphrase).
void secureErase(void *data, std::size_t size);

} // namespace chartroom::secrets
