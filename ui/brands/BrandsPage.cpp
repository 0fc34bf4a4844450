#include "BrandsPage.h"

#include "BrandEditor.h"
#include "commands/EditHistory.h"
#include "main/Ask.h"
#include "models/BrandListModel.h"
#include "services/BrandService.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QTableView>

namespace cd {

BrandsPage::BrandsPage(Workspace *workspace, EditHistory *history, QWidget *parent)
    : TablePage(tr("Brands"), new BrandListModel(workspace, nullptr, ListReads::Fed), BrandListModel::SortRole,
                tr("Search brands, categories, competitors…"),
                tr("<h3>No brands yet</h3><p>Add a brand with <i>Edit &gt; New Brand</i>, or import brands.csv "
                   "with <i>File &gt; Import CSV</i>. Each brand shows its category, competitors and campaigns.</p>"),
                parent),
      m_history(history)
{
    setObjectName(QStringLiteral("brandsPage"));
    setColumnWidths({200, 130, 280, 100, 130}, QStringLiteral("brands/header"));
    setIdRole(BrandListModel::IdRole);
    setCountNoun([](int n) { return tr("%n brand(s)", nullptr, n); });
    table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(table(), &QTableView::activated, this, &BrandsPage::editSelected);
    readOnWorker(workspace, static_cast<BrandListModel *>(model()), tr("Reading brands…"),
                 tr("The brands could not be read"));
}

QString BrandsPage::recordName() const
{
    return tr("Brand");
}

void BrandsPage::edit(qint64 id, bool duplicate)
{
    if (!m_history)
        return;
    BrandInput initial;
    if (id) {
        auto loaded = BrandService(m_history->workspace()).load(id);
        if (!loaded) {
            ask::warn(this, tr("Edit Brand"), loaded.error());
            return;
        }
        initial = loaded.value();
    }
    if (duplicate)
        initial.name = tr("%1 (copy)").arg(initial.name);
    BrandEditor editor(*m_history, duplicate ? 0 : id, initial, this);
    if (editor.exec() == QDialog::Accepted)
        select(editor.recordId());
}

void BrandsPage::addRecord()
{
    edit(0, false);
}

void BrandsPage::editSelected()
{
    if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
        edit(ids.first(), false);
}

void BrandsPage::duplicateSelected()
{
    if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
        edit(ids.first(), true);
}

void BrandsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history)
        return;
    QSqlDatabase db = m_history->workspace().db();
    QStringList names;
    for (qint64 id : ids) {
        auto image = RecordImage::capture(db, RecordImage::Kind::Brand, id);
        if (image)
            names << image->name();
    }
    const QString what = ids.size() == 1 ? names.value(0) : tr("%n brand(s)", nullptr, int(ids.size()));
    const auto answer =
        ask::question(this, tr("Delete Brand"),
                      tr("Delete %1 with its competitor list?\n\nBrands with campaigns cannot be deleted; delete "
                         "their campaigns first. Edit > Undo brings the brand back.")
                          .arg(what),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}});
    if (answer != QMessageBox::Yes)
        return;
    BrandService brands(m_history->workspace());
    const Status done = m_history->editEach(RecordImage::Kind::Brand, ids, tr("Delete %1").arg(what),
                                            [&](Transaction &tx, qint64 id) { return brands.remove(tx, id); });
    if (!done)
        ask::warn(this, tr("Delete Brand"), done.error());
}

} // namespace cd
