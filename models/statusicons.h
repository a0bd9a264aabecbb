#pragma once

#include "inventory/fleet.h"

#include <QIcon>

namespace chartroom::models {

/// Small coloured status dots shared by the models (Qt Gui only). The colours are chosen to be
/// told apart on light and dark palettes, and each dot has a contrasting rim.
class StatusIcons final
{
public:
    enum class Kind { Good, Warning, Bad, Unknown, Info };

    [[nodiscard]] static QIcon icon(Kind kind);
    [[nodiscard]] static Kind forRpo(inventory::RpoState state);
};

} // namespace chartroom::models
