#include "TablePage.h"

#include "ColumnChooser.h"
#include "EmptyState.h"
#include "FieldMessage.h"
#include "KeptSetting.h"
#include "PageParts.h"
#include "RecordFilterProxy.h"
#include "common/LocalSettings.h"
#include "models/ListReads.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace cd {
namespace {

// Until the user moves the handle (now or before), the list takes the height its rows need, up to
// half the page, and the detail the rest: left to their size hints the detail's tabs took two
// thirds and the list showed 8 of 9 campaigns over an empty box. Placed again on every resize and
// whenever the rows change, as sizes set before the first real size are squeezed to the hints.
class ListDetailSplitter : public QSplitter
{
public:
    ListDetailSplitter(QWidget *parent, std::function<int()> listHeight)
        : QSplitter(Qt::Vertical, parent), m_listHeight(std::move(listHeight))
    {
        connect(this, &QSplitter::splitterMoved, this, [this] { m_userPlaced = true; });
    }
    void keepSizes() { m_userPlaced = true; }
    void place()
    {
        const int room = height() - handleWidth();
        if (m_userPlaced || room <= 0 || count() != 2)
            return;
        const int list = std::clamp(m_listHeight(), room / 3, room / 2);
        setSizes({list, room - list});
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QSplitter::resizeEvent(event);
        place();
    }

private:
    std::function<int()> m_listHeight;
    bool m_userPlaced = false;
};

} // namespace

TablePage::TablePage(const QString &title, QAbstractItemModel *model, int sortRole, const QString &searchHint,
                     const QString &emptyHint, QWidget *parent)
    : QWidget(parent), m_model(model), m_emptyHint(emptyHint)
{
    model->setParent(this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setSortLocaleAware(true);

    QLabel *heading = makePageTitle(title, this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(title));
    m_search->setMinimumWidth(280);
    auto *bar = new QHBoxLayout;
    m_bar = bar;
    bar->addWidget(heading);
    bar->addStretch();
    bar->addWidget(m_search);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table, title);
    m_table->sortByColumn(0, Qt::AscendingOrder);

    m_empty = new EmptyState(emptyHint, this);
    auto *content = new QWidget(this);
    m_content = content;
    m_stack = new QStackedLayout(content);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(content, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::selectionChanged);
    updateState();
}

void TablePage::setDetail(QWidget *detail, const QString &settingsKey)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    // The header, every row and the frame: what the list needs to show without scrolling.
    auto *splitter = new ListDetailSplitter(this, [this] {
        return m_table->horizontalHeader()->height() +
               m_proxy->rowCount() * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth();
    });
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    // replaceWidget() hands back the layout item that held m_content, which the layout no longer owns:
    // without this it outlived every page given a detail (LeakSanitizer: QWidgetItem from the constructor).
    const std::unique_ptr<QLayoutItem> replaced(layout->replaceWidget(m_content, splitter));
    splitter->addWidget(m_content);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    if (splitter->restoreState(LocalSettings::value(settingsKey).toByteArray()))
        splitter->keepSizes();
    connect(m_proxy, &QAbstractItemModel::modelReset, splitter, &ListDetailSplitter::place);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, splitter, &ListDetailSplitter::place);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, splitter, &ListDetailSplitter::place);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, splitter, &ListDetailSplitter::place);
    auto *kept = new KeptSetting(settingsKey, splitter);
    connect(splitter, &QSplitter::splitterMoved, kept, [splitter, kept] { kept->set(splitter->saveState()); });
}

void TablePage::setCountNoun(std::function<QString(int)> noun)
{
    m_noun = std::move(noun);
    const auto announce = [this] { emit summaryChanged(summary()); };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, announce);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, announce);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, announce);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, announce);
}

void TablePage::startReading(Workspace *workspace, bool (*dependsOn)(const QStringList &), const QString &reading,
                             const QString &failed)
{
    m_readingText = reading;
    m_failedText = failed;
    if (!workspace)
        return;
    m_read = new BackgroundRead(workspace, this);
    m_readOnce = false;
    connect(workspace, &Workspace::changed, this, [this, dependsOn](const QStringList &kinds) {
        if (dependsOn(kinds))
            reload();
    });
    updateState();
    emit summaryChanged(summary());
    reload();
}

void TablePage::reload()
{
    if (m_startRead && m_read)
        m_startRead();
}

bool TablePage::isReading() const
{
    return m_read && m_read->isBusy();
}

void TablePage::readArrived(const QString &error)
{
    m_readOnce = true;
    m_readError = error;
}

QString TablePage::summary() const
{
    if (!m_readOnce)
        return m_readingText;
    if (!m_noun)
        return {};
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    return shown == all ? m_noun(all) : tr("%1 of %2").arg(QLocale().toString(shown), m_noun(all));
}

void TablePage::setColumnWidths(std::initializer_list<int> widths, const QString &settingsKey)
{
    int column = 0;
    for (int w : widths)
        m_table->setColumnWidth(column++, w);
    rememberHeaderState(m_table, settingsKey);
    // "brands/header" -> "brands/hiddenColumns"
    offerColumnChoice(m_table, settingsKey.section(QLatin1Char('/'), 0, -2) + QStringLiteral("/hiddenColumns"));
}

void TablePage::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!m_readOnce)
        m_empty->setText(QStringLiteral("<h3>%1</h3>").arg(m_readingText.toHtmlEscaped()));
    else if (empty && !m_readError.isEmpty())
        m_empty->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                             .arg(m_failedText.toHtmlEscaped(), asSentence(m_readError).toHtmlEscaped()));
    else
        m_empty->setText(m_emptyHint);
    m_empty->setActionsShown(m_readOnce && m_readError.isEmpty());
    m_stack->setCurrentWidget(!m_readOnce || empty ? static_cast<QWidget *>(m_empty) : m_table);
}

QComboBox *TablePage::addColumnFilter(int column, const QString &allText, const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->setAccessibleName(accessibleName);
    const auto fill = [this, box, column, allText] {
        const QString current = box->currentData().toString();
        const QStringList values = shownValues(*m_model, column);
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(allText, QString());
        for (const QString &value : std::as_const(values))
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
        m_proxy->setColumnValue(column, box->currentData().toString());
    };
    fill();
    connect(m_model, &QAbstractItemModel::modelReset, box, fill);
    connect(box, &QComboBox::currentIndexChanged, this,
            [this, box, column] { m_proxy->setColumnValue(column, box->currentData().toString()); });
    m_bar->insertWidget(m_bar->count() - 1, box);
    return box;
}

void TablePage::setIdRole(int role)
{
    m_idRole = role;
    keepSelectionByIds(m_table, m_model, role, this, [this] { emit selectionChanged(); });
}

QList<qint64> TablePage::selectedIds() const
{
    return m_idRole >= 0 ? selectedRecordIds(m_table, m_idRole) : QList<qint64>();
}

void TablePage::showOnly(int role, const std::optional<QSet<qint64>> &ids)
{
    m_proxy->setOnlyIds(role, ids);
    updateState();
    emit summaryChanged(summary());
}

void TablePage::select(qint64 id)
{
    if (!selectRecord(m_table, m_idRole, id) && (!m_readOnce || isReading()))
        m_pendingSelect = id;
}

void TablePage::selectPending()
{
    if (const qint64 id = std::exchange(m_pendingSelect, 0))
        selectRecord(m_table, m_idRole, id);
}

} // namespace cd
