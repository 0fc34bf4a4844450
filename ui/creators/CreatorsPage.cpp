#include "CreatorsPage.h"

#include "CreatorFilterProxy.h"
#include "common/Names.h"
#include "common/Tier.h"
#include "common/Words.h"
#include "main/PageParts.h"
#include "models/CreatorRosterModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

CreatorsPage::CreatorsPage(Workspace *workspace, QWidget *parent) : QWidget(parent)
{
    m_model = new CreatorRosterModel(workspace, this);
    m_proxy = new CreatorFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    QLabel *title = makePageTitle(tr("Creators"), this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("creatorSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, niche, country, manager…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search creators"));
    m_search->setMinimumWidth(280);

    m_showArchived = new QCheckBox(tr("Show &archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheckBox"));

    auto *bar = new QHBoxLayout;
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierComboBox"));
    m_tier->setAccessibleName(tr("Filter by tier"));
    m_tier->addItem(tr("All tiers"), -1);
    for (Tier t : {Tier::Nano, Tier::Micro, Tier::Macro, Tier::Mega})
        m_tier->addItem(tierDisplayName(t), int(t));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformComboBox"));
    m_platform->setAccessibleName(tr("Filter by platform"));
    m_platform->addItem(tr("All platforms"), QString());
    for (const QString &word : allWords<Platform>())
        m_platform->addItem(platformDisplayName(*wordFrom<Platform>(word)), word);
    m_niche = new QComboBox(this);
    m_niche->setObjectName(QStringLiteral("nicheComboBox"));
    m_niche->setAccessibleName(tr("Filter by niche"));

    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(m_tier);
    bar->addWidget(m_platform);
    bar->addWidget(m_niche);
    bar->addWidget(m_showArchived);
    bar->addWidget(m_search);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("creatorsTableView"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table, tr("Creators"));
    m_table->sortByColumn(CreatorRosterModel::Name, Qt::AscendingOrder);
    const int widths[] = {190, 70, 200, 100, 110, 70, 140};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);
    // Column widths, order and sorting as the user left them.
    m_table->horizontalHeader()->restoreState(QSettings().value(QStringLiteral("creators/header")).toByteArray());
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &CreatorsPage::saveHeader);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, &CreatorsPage::saveHeader);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &CreatorsPage::saveHeader);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);

    auto *content = new QWidget(this);
    m_stack = new QStackedLayout(content);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(content, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CreatorFilterProxy::setSearchText);
    connect(m_showArchived, &QCheckBox::toggled, m_proxy, &CreatorFilterProxy::setShowArchived);
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTier(m_tier->currentData().toInt()); });
    connect(m_platform, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPlatform(m_platform->currentData().toString()); });
    connect(m_niche, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setNiche(m_niche->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CreatorsPage::fillNiches);
    fillNiches();
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CreatorsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CreatorsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CreatorsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CreatorsPage::updateState);
    updateState();
}

void CreatorsPage::saveHeader()
{
    QSettings().setValue(QStringLiteral("creators/header"), m_table->horizontalHeader()->saveState());
}

void CreatorsPage::fillNiches()
{
    // The niches in use, sorted for people; the current choice survives a reload.
    const QString current = m_niche->currentData().toString();
    QStringList niches;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString niche = m_model->index(row, CreatorRosterModel::Niche).data().toString();
        if (!niche.isEmpty() && !niches.contains(niche, Qt::CaseInsensitive))
            niches << niche;
    }
    const QCollator collator = nameCollator();
    std::sort(niches.begin(), niches.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    const QSignalBlocker blocker(m_niche);
    m_niche->clear();
    m_niche->addItem(tr("All niches"), QString());
    for (const QString &niche : std::as_const(niches))
        m_niche->addItem(niche, niche);
    m_niche->setCurrentIndex(std::max(0, m_niche->findData(current)));
}

QString CreatorsPage::summary() const
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == all)
        return tr("%n creator(s)", nullptr, all);
    return tr("%1 of %n creator(s)", nullptr, all).arg(shown);
}

void CreatorsPage::updateState()
{
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("<h3>No creators yet</h3><p>Creators you add or import appear here, with their tier, "
                            "platforms and follower counts.</p>"));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_proxy->rowCount() == 0) {
        m_empty->setText(tr("<h3>No creator matches</h3><p>Change the search, or show archived creators.</p>"));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    emit summaryChanged(summary());
}

} // namespace cd
