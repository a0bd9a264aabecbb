#include "jobprogressdelegate.h"

#include "models/joblistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace chartroom::ui {

using models::JobListModel;

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto state = index.data(JobListModel::StateRole).value<jobs::JobState>();
    const qint64 total = index.data(JobListModel::TotalRole).toLongLong();
    const bool active = state == jobs::JobState::Running || state == jobs::JobState::Canceling;
    if (!active || total <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection first, then the bar inset into the cell.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const qint64 processed = index.data(JobListModel::ProcessedRole).toLongLong();
    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.rect = option.rect.adjusted(3, 2, -3, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = static_cast<int>(qBound(qint64(0), processed * 1000 / total, qint64(1000)));
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace chartroom::ui
