#include "ResultsEntryDialog.h"

#include "PostNumberFields.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "main/Ask.h"
#include "main/FieldMessage.h"
#include "main/FormFields.h"
#include "main/FormGuard.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {
constexpr int FieldCount = int(std::size(PostNumberFields));
}

ResultsEntryDialog::ResultsEntryDialog(EditHistory &history, qint64 campaignId, const QString &campaignName,
                                       QWidget *parent)
    : QDialog(parent), m_history(history), m_campaign(campaignId), m_campaignName(campaignName)
{
    setWindowTitle(tr("Enter Results: %1").arg(campaignName));
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateEntryFormat());
    m_date->setMaximumDate(Clock::today());
    m_date->setAccessibleName(tr("Numbers as of"));
    m_date->setMaximumWidth(160);
    m_source = new QLineEdit(tr("manual entry"), this);
    m_source->setAccessibleName(tr("Source"));
    m_table = new QTableWidget(0, FirstCount + FieldCount, this);
    m_table->setObjectName(QStringLiteral("resultsEntryTable"));
    m_table->setAccessibleName(tr("Numbers per post"));
    QStringList headers{tr("Creator"), tr("Platform"), tr("Deliverable")};
    for (const PostNumberField &field : PostNumberFields)
        headers << postNumberLabel(field);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_problem = makeFieldMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Numbers as of:"), m_date);
    form->addRow(tr("S&ource:"), m_source);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(1100, 480);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_date->date() == m_shownDay)
            return;
        if (changedRows() > 0 &&
            ask::question(this, tr("Enter Results"), tr("Forget the numbers typed for %1?").arg(isoDate(m_shownDay)),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
            const QSignalBlocker block(m_date);
            m_date->setDate(m_shownDay);
            return;
        }
        loadDay();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            check();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadDay();
    FormGuard::attach(this);
}

void ResultsEntryDialog::loadDay()
{
    m_shownDay = m_date->date();
    auto posts = MetricEntry::campaignPosts(m_history.workspace().db(), m_campaign, m_shownDay);
    m_posts = posts ? posts.value() : QList<EntryPost>();
    const QSignalBlocker block(m_table);
    m_filling = true;
    m_table->setRowCount(int(m_posts.size()));
    for (int r = 0; r < m_posts.size(); ++r) {
        const EntryPost &post = m_posts.at(r);
        const QString fixed[] = {post.creator, platformDisplayName(post.platform), post.title};
        for (int c = 0; c < FirstCount; ++c) {
            auto *item = new QTableWidgetItem(fixed[c]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(tr("Posted %1: %2").arg(isoDate(post.postedAt), post.url));
            m_table->setItem(r, c, item);
        }
        for (int f = 0; f < FieldCount; ++f) {
            QString text; // empty when not recorded
            if (post.recorded)
                if (const std::optional<qint64> &value = (*post.recorded).*(PostNumberFields[f].member))
                    text = QString::number(*value);
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, FirstCount + f, item);
        }
    }
    m_filling = false;
    m_table->resizeColumnsToContents();
    // Room for a typed "1,250,000" however short the header or the stored numbers are.
    for (int c = FirstCount; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::max(m_table->columnWidth(c), 90));
    const int recorded =
        int(std::count_if(m_posts.begin(), m_posts.end(), [](const EntryPost &p) { return p.recorded.has_value(); }));
    m_note->setText(
        posts ? tr("%n post(s) up by this day; ", nullptr, int(m_posts.size())) +
                    tr("%n already with numbers for it. Deliverables not posted yet are not listed.", nullptr, recorded)
              : asSentence(posts.error()));
    check();
}

Result<std::optional<PostSnapshot>> ResultsEntryDialog::rowSnapshot(int row) const
{
    const EntryPost &post = m_posts.at(row);
    // Starts from the day's stored snapshot, so what the grid does not show (revenue, caption) stays.
    PostSnapshot s = post.recorded.value_or(PostSnapshot{});
    s.date = m_shownDay;
    bool changed = false;
    for (int f = 0; f < FieldCount; ++f) {
        const QTableWidgetItem *item = m_table->item(row, FirstCount + f);
        auto value = optionalCount(item ? item->text() : QString(), postNumberLabel(PostNumberFields[f]).toLower());
        if (!value)
            return fail(tr("%1, %2: %3").arg(post.creator, post.title, value.error()));
        changed = changed || value.value() != s.*(PostNumberFields[f].member);
        s.*(PostNumberFields[f].member) = value.value();
    }
    if (!changed)
        return std::optional<PostSnapshot>();
    if (MetricEntry::isBlank(s))
        return fail(tr("%1, %2: a day's numbers cannot be cleared here; type the right ones, or leave the row as it "
                       "was")
                        .arg(post.creator, post.title));
    s.source = m_source->text().trimmed();
    s.approximate = false;
    return std::optional<PostSnapshot>(s);
}

int ResultsEntryDialog::changedRows(QString *firstProblem) const
{
    int changed = 0;
    for (int r = 0; r < m_posts.size(); ++r) {
        auto s = rowSnapshot(r);
        if (!s && firstProblem && firstProblem->isEmpty())
            *firstProblem = s.error();
        changed += !s || s.value().has_value(); // a bad row is a changed one
    }
    return changed;
}

void ResultsEntryDialog::check()
{
    QString problem;
    const int changed = changedRows(&problem);
    {
        const QSignalBlocker block(m_table); // colouring is no edit
        for (int r = 0; r < m_posts.size(); ++r)
            for (int f = 0; f < FieldCount; ++f)
                if (QTableWidgetItem *item = m_table->item(r, FirstCount + f))
                    item->setForeground(optionalCount(item->text(), QString()) ? QBrush() : QBrush(Qt::red));
    }
    showFieldMessage(m_problem, problem);
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setEnabled(problem.isEmpty() && changed > 0 && !m_history.workspace().isReadOnly());
    saveButton->setText(changed > 0 ? tr("&Save %n Row(s)", nullptr, changed) : tr("&Save"));
}

bool ResultsEntryDialog::save()
{
    check();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return false;
    QList<std::pair<int, PostSnapshot>> rows;
    QList<qint64> participants;
    for (int r = 0; r < m_posts.size(); ++r) {
        auto s = rowSnapshot(r);
        if (!s)
            return false;
        if (!s.value())
            continue;
        rows.append({r, *s.value()});
        if (!participants.contains(m_posts.at(r).participantId))
            participants << m_posts.at(r).participantId;
    }
    MetricEntry entry;
    const Status done = m_history.editEach(RecordImage::Kind::ParticipantTree, participants,
                                           tr("Results for %1 on %2").arg(m_campaignName, isoDate(m_shownDay)),
                                           [&](Transaction &tx, qint64 participant) {
                                               for (const auto &[row, snapshot] : std::as_const(rows))
                                                   if (m_posts.at(row).participantId == participant)
                                                       if (auto id = entry.record(tx, m_posts.at(row), snapshot); !id)
                                                           return Status(fail(id.error()));
                                               return Status();
                                           });
    if (!done) {
        showFieldMessage(m_problem, done.error());
        return false;
    }
    loadDay();
    return true;
}

} // namespace cd
