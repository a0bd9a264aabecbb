#include "statusicons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace chartroom::models {

namespace {

QColor colorOf(StatusIcons::Kind kind)
{
    switch (kind) {
    case StatusIcons::Kind::Good: return QColor(0x2e, 0xa0, 0x43);
    case StatusIcons::Kind::Warning: return QColor(0xd2, 0x99, 0x22);
    case StatusIcons::Kind::Bad: return QColor(0xda, 0x36, 0x33);
    case StatusIcons::Kind::Unknown: return QColor(0x8b, 0x94, 0x9e);
    case StatusIcons::Kind::Info: return QColor(0x38, 0x8b, 0xfd);
    }
    return Qt::gray;
}

QPixmap dot(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size * 0.22;
    painter.setPen(QPen(color.darker(140), qMax(1.0, size / 16.0)));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
    return pixmap;
}

} // namespace

QIcon StatusIcons::icon(Kind kind)
{
    static QHash<int, QIcon> cache;
    QIcon &icon = cache[static_cast<int>(kind)];
    if (icon.isNull()) {
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(dot(colorOf(kind), size));
    }
    return icon;
}

StatusIcons::Kind StatusIcons::forRpo(inventory::RpoState state)
{
    switch (state) {
    case inventory::RpoState::Ok: return Kind::Good;
    case inventory::RpoState::DueSoon: return Kind::Warning;
    case inventory::RpoState::Breached: return Kind::Bad;
    case inventory::RpoState::NeverBackedUp: return Kind::Bad;
    case inventory::RpoState::NotApplicable: return Kind::Unknown;
    }
    return Kind::Unknown;
}

} // namespace chartroom::models
