#include "BrandsPage.h"

#include "models/BrandListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

BrandsPage::BrandsPage(Workspace *workspace, QWidget *parent) : QWidget(parent)
{
    m_model = new BrandListModel(workspace, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BrandListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setSortLocaleAware(true);

    auto *title = new QLabel(tr("Brands"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("brandSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search brands, categories, competitors…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search brands"));
    m_search->setMinimumWidth(280);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(m_search);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("brandsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BrandListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Brands"));
    const int widths[] = {200, 130, 280, 100, 130};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);

    m_empty = new QLabel(tr("<h3>No brands yet</h3><p>Brands you import (<i>File &gt; Import CSV</i>, "
                            "brands.csv) appear here with their category, competitors and campaigns.</p>"),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *content = new QWidget(this);
    m_stack = new QStackedLayout(content);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(content, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BrandsPage::updateState);
    updateState();
}

void BrandsPage::updateState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_table);
}

} // namespace cd
