#pragma once

#include "inventory/fleet.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDebug>
#include <QFile>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace chartroom::test {

/// CHARTROOM_SCREENSHOT_DIR=dir saves a picture of `widget` as dir/`fileName`.png (docs, visual
/// review); a picture that is already there is kept, so the first walk of a page wins.
inline void saveScreenshot(QWidget *widget, const QString &fileName)
{
    const QString dir = qEnvironmentVariable("CHARTROOM_SCREENSHOT_DIR");
    const QString path = dir + QLatin1Char('/') + fileName + QStringLiteral(".png");
    if (dir.isEmpty() || QFile::exists(path))
        return;
    QTest::qWait(100); // let layouts settle
    widget->grab().save(path);
}

/// A fleet of one reachable context "lab" with one deployed release, lab/apps/homegrown, of a
/// chart no profile knows (nothing to back up, never backed up).
inline inventory::Fleet homegrownFleet()
{
    inventory::Fleet fleet;
    inventory::ContextStatus context;
    context.name = QStringLiteral("lab");
    context.reachability = inventory::ContextStatus::Reachability::Reachable;
    fleet.contexts << context;
    inventory::Release homegrown;
    homegrown.context = QStringLiteral("lab");
    homegrown.namespaceName = QStringLiteral("apps");
    homegrown.name = QStringLiteral("homegrown");
    homegrown.chart = QStringLiteral("homegrown-1.0.0");
    homegrown.status = QStringLiteral("deployed");
    fleet.releases << homegrown;
    return fleet;
}

/// The child widget named `name`, with a warning naming it when there is none.
template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning() << "no widget named" << name;
    return found;
}

/// Asks `view` for its context menu at its current row (as a right click there would) and tells
/// whether the menu that opened holds `action`; the menu is closed again.
inline bool contextMenuOffers(QAbstractItemView *view, QAction *action)
{
    bool offered = false;
    QTimer::singleShot(0, view, [&offered, action] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        offered = menu && menu->actions().contains(action);
        if (menu)
            menu->close();
    });
    Q_EMIT view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
    return offered;
}

} // namespace chartroom::test
