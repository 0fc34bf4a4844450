#include "PdfOutput.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace cd {

Result<int> writeHtmlPdf(const QString &html, const QString &title, const QString &path, const QString &pageFooter)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("Documents", "cannot write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CollabDesk"));
        QPainter painter(&pdf);
        const QRectF area = painter.viewport();
        // Pages are laid out here rather than by QTextDocument::print, so the page count is known
        // and the footer says "Page 1 of 2".
        const qreal footer = pdf.resolution() * 0.3; // 7.6 mm
        QTextDocument document;
        // No ligatures: "fl" stays two letters, so the PDF's text can be searched and copied.
        QFont plain = document.defaultFont();
        plain.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(plain);
        document.documentLayout()->setPaintDevice(&pdf);
        document.setHtml(html);
        document.setPageSize(QSizeF(area.width(), area.height() - footer));
        pages = document.pageCount();
        QFont small = document.defaultFont();
        small.setPointSizeF(8);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                pdf.newPage();
            painter.save();
            const qreal top = page * (area.height() - footer);
            painter.translate(0, -top);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, top, area.width(), area.height() - footer);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            if (pages > 1 && !pageFooter.isEmpty()) {
                painter.setFont(small);
                painter.drawText(QRectF(0, area.height() - footer, area.width(), footer),
                                 Qt::AlignHCenter | Qt::AlignBottom, pageFooter.arg(page + 1).arg(pages));
            }
        }
    } // the writer finishes the PDF when it goes
    if (!file.commit())
        return fail(QCoreApplication::translate("Documents", "cannot write %1: %2; nothing was written")
                        .arg(path, file.errorString()));
    return pages;
}

} // namespace cd
