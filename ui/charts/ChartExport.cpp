#include "ChartExport.h"

#include "common/SaveFile.h"

#include <QAction>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cd {
namespace {
// An error message ("cannot write …") as the sentence a message box shows, as ask::warn makes it
// elsewhere in ui/ (the charts library cannot use ui/main/).
QString asSentence(QString message)
{
    message = message.trimmed();
    if (!message.isEmpty()) {
        message[0] = message[0].toUpper();
        if (!message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1Char('!')) &&
            !message.endsWith(QLatin1Char('?')))
            message += QLatin1Char('.');
    }
    return message;
}
} // namespace

Status saveChart(QChartView *view, const QString &path)
{
    return saveChart(view, path, path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive));
}

Status saveChart(QChartView *view, const QString &path, bool asSvg)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("ChartExport", "cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // a campaign's figures are the user's
    const QSize size = view->size();
    if (asSvg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        QPainter painter(&svg);
        view->render(&painter);
    } else {
        // Twice the view's size for print: the scene is drawn scaled into the bigger target.
        QImage image(size * 2, QImage::Format_ARGB32);
        image.fill(view->chart()->backgroundBrush().color()); // no see-through corners
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->QGraphicsView::render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), QRect(QPoint(0, 0), size));
        painter.end();
        if (!image.save(&file, "PNG"))
            return fail(QCoreApplication::translate("ChartExport", "cannot write %1 as PNG").arg(path));
    }
    if (Status s = commitWhole(file); !s)
        return fail(QCoreApplication::translate("ChartExport", "cannot write %1: %2; nothing was written")
                        .arg(path, s.error()));
    return {};
}

void offerChartExport(QChartView *view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const auto &[label, suffix] :
         {std::pair{QCoreApplication::translate("ChartExport", "Save Chart as PNG…"), QStringLiteral("png")},
          std::pair{QCoreApplication::translate("ChartExport", "Save Chart as SVG…"), QStringLiteral("svg")}}) {
        auto *action = new QAction(label, view);
        QObject::connect(action, &QAction::triggered, view, [view, suffix = suffix] {
            const QString path = QFileDialog::getSaveFileName(
                view, QCoreApplication::translate("ChartExport", "Save Chart"),
                QDir::home().filePath(QStringLiteral("chart.%1").arg(suffix)),
                suffix == QLatin1String("svg") ? QCoreApplication::translate("ChartExport", "SVG (*.svg)")
                                               : QCoreApplication::translate("ChartExport", "PNG (*.png)"));
            if (path.isEmpty())
                return;
            if (Status s = saveChart(view, path); !s)
                QMessageBox::warning(view, QCoreApplication::translate("ChartExport", "Save Chart"),
                                     asSentence(s.error()));
        });
        view->addAction(action);
    }
}

} // namespace cd
