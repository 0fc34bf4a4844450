#include "PdfOutput.h"

#include "common/SaveFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace cd {
namespace {

const QString picturePrefix = QStringLiteral("picture:");

// Draws a QPicture where the document holds one of our picture objects: the text layout sees an
// inline object of the size the html asked for, the painter replays the picture's vector commands.
class PictureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    enum Property
    {
        Name = QTextFormat::UserProperty + 1,
        Width,
        Height
    };

    PictureObject(const QHash<QString, QPicture> &pictures, qreal pixelsPerPoint)
        : m_pictures(pictures), m_pixelsPerPoint(pixelsPerPoint)
    {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return QSizeF(format.doubleProperty(Width), format.doubleProperty(Height)) * m_pixelsPerPoint;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const QPicture picture = m_pictures.value(format.stringProperty(Name));
        const QRect bounds = picture.boundingRect();
        if (bounds.isEmpty())
            return;
        // drawPicture plays a picture at its own physical size (its pixels times the device's
        // resolution over the picture's), so the scale to the box is taken against that size.
        const QPaintDevice *device = painter->device();
        const qreal playedX = qreal(device->logicalDpiX()) / picture.logicalDpiX();
        const qreal playedY = qreal(device->logicalDpiY()) / picture.logicalDpiY();
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip); // nothing of a picture strays onto the text
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / (bounds.width() * playedX), rect.height() / (bounds.height() * playedY));
        painter->translate(-bounds.left() * playedX, -bounds.top() * playedY);
        painter->drawPicture(0, 0, picture);
        painter->restore();
    }

private:
    QHash<QString, QPicture> m_pictures;
    qreal m_pixelsPerPoint;
};

// Turns each <img src="picture:NAME"> the html parser made into an image into a picture object.
void replacePictureImages(QTextDocument &document)
{
    QList<std::tuple<int, int, QTextImageFormat>> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (fragment.charFormat().isImageFormat() && image.name().startsWith(picturePrefix))
                images.append({fragment.position(), fragment.length(), image});
        }
    // Last first, so the positions of the earlier ones stay right.
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        const auto &[position, length, image] = *it;
        QTextCharFormat object;
        object.setObjectType(PictureObject::Type);
        object.setProperty(PictureObject::Name, image.name().mid(picturePrefix.size()));
        object.setProperty(PictureObject::Width, image.width());
        object.setProperty(PictureObject::Height, image.height());
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        cursor.insertText(QString(length, QChar::ObjectReplacementCharacter), object);
    }
}

// A table row's extent on the page, from the first line of its cells to the last.
std::pair<qreal, qreal> rowExtent(QAbstractTextDocumentLayout *layout, QTextTable *table, int row)
{
    qreal top = std::numeric_limits<qreal>::max(), bottom = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return {top, bottom};
}

// Sets the padding above each cell of `row` to what it was (`was`) plus `extra`.
void padRow(QTextTable *table, int row, const QList<qreal> &was, qreal extra)
{
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setTopPadding(was.at(column) + extra);
        cell.setFormat(format);
    }
}

// What a table goes to a new page with: the heading it follows closely (itself, or with a line or
// two between, such as "9 of 13 deliverables follow the brief"), else the paragraph just before it
// when that is short (a contract's last clause above its signatures); none when there is neither.
QTextBlock leadInOf(QTextDocument &document, const QTextTable *table, qreal pageHeight)
{
    QTextBlock heading, last;
    int after = 0;
    for (QTextBlock block = document.begin(); block.isValid() && block.position() < table->firstPosition() - 1;
         block = block.next()) {
        if (QTextCursor(block).currentTable()) {
            heading = last = QTextBlock(); // a cell of an earlier table: what came before is that one's
            continue;
        }
        if (block.blockFormat().headingLevel() > 0) {
            heading = block;
            after = 0;
        } else {
            ++after;
        }
        if (!block.text().trimmed().isEmpty())
            last = block;
    }
    if (heading.isValid() && after <= 2)
        return heading;
    const bool isShort = last.isValid() && document.documentLayout()->blockBoundingRect(last).height() < pageHeight / 4;
    return isShort ? last : QTextBlock();
}

// The page a table row would straddle instead starts it: QTextDocument moves lines that cross a
// page's foot but not rows, so a row could begin at one page's foot and end at the next's top.
// Rows are taken in order, each pushed down (padding above its cells) before the next is measured.
// Once a row is pushed past the foot, Qt itself sets it under the header the next page repeats,
// with the padding on top again; so the least padding that moves the row is looked for, rather
// than the distance to the foot (which left a gap under the header, and taken back, the row split).
void keepRowsWhole(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    // Paddings are in the document's pixels (96 an inch), the layout in the PDF's.
    const QPaintDevice *device = layout->paintDevice();
    const qreal pixelsPerPadding = device ? device->logicalDpiY() / 96.0 : 1.0;
    bool moved = false; // anything: only then is the document laid out afresh
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const int headers = table->format().headerRowCount();
        qreal headerHeight = 0;
        if (headers > 0)
            headerHeight = rowExtent(layout, table, headers - 1).second - rowExtent(layout, table, 0).first;
        // A table's heading (and the line under it) goes to the page its rows start on: "Brief
        // compliance" stood alone at one page's foot, its rows on the next; a contract's signatures
        // stood alone on a page.
        const QTextBlock heading = leadInOf(document, table, pageHeight);
        bool headingMoved = false;
        const auto startPageWithHeading = [&] {
            headingMoved = moved = true;
            QTextBlockFormat format = heading.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(format);
        };
        const auto pageOf = [&](qreal y) { return std::floor(y / pageHeight); };
        if (heading.isValid() && headers < table->rows() &&
            pageOf(layout->blockBoundingRect(heading).top()) < pageOf(rowExtent(layout, table, headers).first))
            startPageWithHeading();
        for (int row = headers; row < table->rows(); ++row) {
            const auto [top, bottom] = rowExtent(layout, table, row);
            const qreal pageEnd = (pageOf(top) + 1) * pageHeight;
            if (bottom <= pageEnd || bottom - top >= pageHeight - headerHeight)
                continue; // fits, or could fit no page anyway
            if (row == headers && heading.isValid() && !headingMoved) {
                startPageWithHeading();
                --row; // measured again where it went
                continue;
            }
            QList<qreal> was; // a cell without a padding of its own has the table's
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCellFormat cell = table->cellAt(row, column).format().toTableCellFormat();
                was << (cell.hasProperty(QTextFormat::TableCellTopPadding) ? cell.topPadding()
                                                                           : table->format().cellPadding());
            }
            const auto moves = [&](qreal extra) {
                padRow(table, row, was, extra);
                return rowExtent(layout, table, row).first >= pageEnd;
            };
            qreal stays = 0, enough = (pageEnd - top) / pixelsPerPadding + 1;
            if (!moves(enough)) {
                padRow(table, row, was, 0);
                continue;
            }
            for (int step = 0; step < 8 && enough - stays > 0.25; ++step) {
                const qreal middle = (stays + enough) / 2;
                (moves(middle) ? enough : stays) = middle;
            }
            padRow(table, row, was, enough);
            moved = true;
        }
    }
    // Padded cells move the blocks after their table; without a fresh layout the headings between
    // tables kept their old places and were drawn on no page. A document with nothing moved keeps
    // the layout it has.
    if (moved)
        document.markContentsDirty(0, document.characterCount());
}

} // namespace

QString pictureSource(const QString &name)
{
    return picturePrefix + name;
}

Result<int> writeHtmlPdf(const QString &html, const QString &title, const QString &path, const QString &pageFooter,
                         const QHash<QString, QPicture> &pictures)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("Documents", "cannot write %1: %2").arg(path, file.errorString()));
    // Contracts, invoices and statements carry names, amounts and tax numbers: owner-only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
        PictureObject pictureObject(pictures, pdf.resolution() / 72.0);
        document.documentLayout()->registerHandler(PictureObject::Type, &pictureObject);
        document.setHtml(html);
        replacePictureImages(document);
        document.setPageSize(QSizeF(area.width(), area.height() - footer));
        keepRowsWhole(document, area.height() - footer);
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
            // The layout's clip only chooses what to draw; the painter's keeps a table row that
            // straddles the page's foot from being drawn over the footer and again on the next page.
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            if (pages > 1 && !pageFooter.isEmpty()) {
                painter.setFont(small);
                painter.drawText(QRectF(0, area.height() - footer, area.width(), footer),
                                 Qt::AlignHCenter | Qt::AlignBottom, pageFooter.arg(page + 1).arg(pages));
            }
        }
    } // the writer finishes the PDF when it goes
    if (Status s = commitWhole(file); !s)
        return fail(
            QCoreApplication::translate("Documents", "cannot write %1: %2; nothing was written").arg(path, s.error()));
    return pages;
}

} // namespace cd

#include "PdfOutput.moc"
