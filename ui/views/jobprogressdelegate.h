#pragma once

#include <QStyledItemDelegate>

namespace chartroom::ui {

/// Draws the progress column of the jobs list as a native progress bar while a job with a
/// known total runs, and as plain text otherwise.
class JobProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace chartroom::ui
