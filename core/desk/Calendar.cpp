#include "Calendar.h"

#include "Followups.h"
#include "Managers.h"
#include "common/Clock.h"
#include "common/Money.h"
#include "common/SaveFile.h"
#include "common/Words.h"
#include "money/MoneySettings.h"
#include "money/PaymentLedger.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"
#include "storage/WorkspacePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <tuple>

namespace cd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFeed)
};

// One all-day event. Sorted by day, then record kind and id, so the file only changes where the
// records did.
struct Event
{
    QDate day;
    int kind = 0; // the order of the kinds below
    qint64 id = 0;
    QString uid, summary, description;
};

enum Kind
{
    DeliverableDue,
    DeliverablePosted,
    PaymentDue,
    FollowupDue
};

QString withoutLineBreaks(const QString &text)
{
    return text.simplified();
}

// "TikTok video", or "TikTok" when the deliverable has no format.
QString contentName(const QString &platform, const QVariant &format)
{
    const auto p = wordFrom<Platform>(platform);
    QString name = p ? platformDisplayName(*p) : platform;
    if (const auto f = format.isNull() ? std::nullopt : wordFrom<DeliverableFormat>(format.toString()))
        name += QLatin1Char(' ') + formatDisplayName(*f).toLower();
    return name;
}

// The manager filter of deliverables and payments (their creator's manager), as two parameters.
const char *const MineCreator = "(? = 0 OR cr.manager_id = ?)";

Status readDeliverables(QSqlDatabase &db, qint64 managerId, QList<Event> &events)
{
    // Not yet posted, of a deal still on (declined and cancelled deals, and cancelled campaigns,
    // owe nothing: Today leaves them out too).
    auto q = sql::run(db,
                      QStringLiteral("SELECT d.id, d.due_date, d.title, d.platform, d.format, d.status, cr.name, "
                                     "c.name, b.name FROM deliverables d "
                                     "JOIN participants p ON p.id = d.participant_id "
                                     "JOIN creators cr ON cr.id = p.creator_id "
                                     "JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON b.id = c.brand_id "
                                     "WHERE d.due_date IS NOT NULL AND d.status NOT IN ('posted', 'verified') "
                                     "AND p.status NOT IN ('declined', 'cancelled') AND c.status <> 'cancelled' AND ") +
                          QLatin1String(MineCreator),
                      {managerId, managerId});
    if (!q)
        return q.failure();
    while (q->next()) {
        Event e;
        e.kind = DeliverableDue;
        e.id = q->value(0).toLongLong();
        e.day = QDate::fromString(q->value(1).toString().left(10), Qt::ISODate);
        const QString creator = q->value(6).toString(), campaign = q->value(7).toString();
        e.uid = QStringLiteral("deliverable-%1-due").arg(e.id);
        e.summary =
            Text::tr("Due: %1 — %2 (%3)").arg(contentName(q->value(3).toString(), q->value(4)), creator, campaign);
        const auto status = wordFrom<DeliverableStatus>(q->value(5).toString());
        e.description = Text::tr("“%1” by %2 for %3, campaign %4.\nStatus: %5.")
                            .arg(q->value(2).toString(), creator, q->value(8).toString(), campaign,
                                 status ? wordLabel(*status) : q->value(5).toString());
        events << e;
    }
    return {};
}

Status readPostings(QSqlDatabase &db, qint64 managerId, QList<Event> &events)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT d.id, d.posted_at, d.title, d.platform, d.format, d.post_url, cr.name, "
                                     "c.name, b.name FROM deliverables d "
                                     "JOIN participants p ON p.id = d.participant_id "
                                     "JOIN creators cr ON cr.id = p.creator_id "
                                     "JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON b.id = c.brand_id "
                                     "WHERE d.posted_at IS NOT NULL AND d.status IN ('posted', 'verified') AND ") +
                          QLatin1String(MineCreator),
                      {managerId, managerId});
    if (!q)
        return q.failure();
    while (q->next()) {
        Event e;
        e.kind = DeliverablePosted;
        e.id = q->value(0).toLongLong();
        e.day = QDate::fromString(q->value(1).toString().left(10), Qt::ISODate);
        const QString creator = q->value(6).toString(), campaign = q->value(7).toString();
        e.uid = QStringLiteral("deliverable-%1-posted").arg(e.id);
        e.summary =
            Text::tr("Posted: %1 — %2 (%3)").arg(contentName(q->value(3).toString(), q->value(4)), creator, campaign);
        e.description = Text::tr("“%1” by %2 for %3, campaign %4.")
                            .arg(q->value(2).toString(), creator, q->value(8).toString(), campaign);
        if (const QString url = q->value(5).toString(); !url.isEmpty())
            e.description += QLatin1Char('\n') + url;
        events << e;
    }
    return {};
}

Status readPayments(QSqlDatabase &db, qint64 managerId, QList<Event> &events)
{
    const MoneySettings settings = MoneySettings::read(db);
    // Open rows only; a payable drafted for a receivable says when it still waits for the brand.
    auto q = sql::run(db,
                      QStringLiteral("SELECT pay.id, pay.due_date, pay.kind, pay.direction, pay.amount_minor, "
                                     "c.currency, cr.name, cr.tax_type, cr.npwp, c.name, b.name, "
                                     "coalesce(i.number, ''), r.id IS NOT NULL AND r.paid_date IS NULL "
                                     "FROM payments pay JOIN participants p ON p.id = pay.participant_id "
                                     "JOIN creators cr ON cr.id = p.creator_id "
                                     "JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON b.id = c.brand_id "
                                     "LEFT JOIN invoices i ON i.id = pay.invoice_id "
                                     "LEFT JOIN payments r ON r.id = pay.receivable_id "
                                     "WHERE pay.paid_date IS NULL AND pay.due_date IS NOT NULL AND ") +
                          QLatin1String(MineCreator),
                      {managerId, managerId});
    if (!q)
        return q.failure();
    while (q->next()) {
        Event e;
        e.kind = PaymentDue;
        e.id = q->value(0).toLongLong();
        e.day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        const PaymentKind kind = wordFrom<PaymentKind>(q->value(2).toString()).value_or(PaymentKind::Other);
        const PaymentDirection direction =
            wordFrom<PaymentDirection>(q->value(3).toString()).value_or(PaymentDirection::Payable);
        const QString currency = q->value(5).toString(), creator = q->value(6).toString();
        const QString campaign = q->value(9).toString(), brand = q->value(10).toString();
        const Payee payee{wordFrom<TaxProfile>(q->value(7).toString()).value_or(TaxProfile::Person),
                          !q->value(8).toString().trimmed().isEmpty()};
        const Money gross(q->value(4).toLongLong(), currency);
        // The estimate of today's rates, as the Payments page shows an open row.
        const qint64 withheld = withholdingFor(kind, direction, gross.minor(), currency, payee, settings);
        const Money net(gross.minor() - withheld, currency);
        const bool receivable = direction == PaymentDirection::Receivable;
        e.uid = QStringLiteral("payment-%1-due").arg(e.id);
        // The net is what moves through the bank on the day: the withholding goes to the tax office.
        e.summary = receivable ? Text::tr("%1 owes %2").arg(brand, net.format())
                               : Text::tr("Pay %1 %2").arg(creator, net.format());
        QString what = wordLabel(kind);
        what[0] = what.at(0).toUpper();
        e.description = receivable ? Text::tr("%1 from %2 for %3 by %4.").arg(what, brand, campaign, creator)
                                   : Text::tr("%1 to %2 for %3 (%4).").arg(what, creator, campaign, brand);
        if (withheld != 0) {
            const Payee taxed = receivable ? Payee{TaxProfile::Company, settings.hasCompanyNpwp()} : payee;
            e.description += QLatin1Char('\n') + Text::tr("Gross %1, withheld %2 (%3), net %4.")
                                                     .arg(gross.format(), Money(withheld, currency).format(),
                                                          tax::withholdingName(currency, taxed), net.format());
        }
        if (const QString invoice = q->value(11).toString(); !invoice.isEmpty())
            e.description += QLatin1Char('\n') + Text::tr("Invoice %1.").arg(invoice);
        if (q->value(12).toBool())
            e.description += QLatin1Char('\n') + Text::tr("Waits for %1's payment first.").arg(brand);
        events << e;
    }
    return {};
}

Status readFollowups(QSqlDatabase &db, qint64 managerId, QList<Event> &events)
{
    FollowupFilter filter;
    filter.openOnly = true;
    filter.managerId = managerId;
    auto list = FollowupService::list(db, filter); // one query
    if (!list)
        return list.failure();
    for (const Followup &f : list.value()) {
        Event e;
        e.kind = FollowupDue;
        e.id = f.id;
        e.day = f.input.due;
        QString subject;
        switch (f.input.about) {
        case FollowupAbout::Creator:
            subject = f.creator;
            break;
        case FollowupAbout::Brand:
            subject = f.brand;
            break;
        case FollowupAbout::Campaign:
            subject = Text::tr("%1 (%2)").arg(f.campaign, f.brand);
            break;
        case FollowupAbout::Participant:
            subject = Text::tr("%1 in %2").arg(f.creator, f.campaign);
            break;
        }
        QString firstLine = f.input.note.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (f.input.note.contains(QLatin1Char('\n')))
            firstLine += QStringLiteral(" …");
        e.uid = QStringLiteral("followup-%1-due").arg(e.id);
        e.summary = Text::tr("Follow up: %1 — %2").arg(firstLine, subject);
        e.description = f.input.note + QLatin1Char('\n') +
                        Text::tr("About the %1 %2.").arg(wordLabel(f.input.about).toLower(), subject);
        if (!f.manager.isEmpty())
            e.description += QLatin1Char('\n') + Text::tr("Manager: %1.").arg(f.manager);
        events << e;
    }
    return {};
}

// Content lines of the calendar, each folded and ended as RFC 5545 wants.
class IcsWriter
{
public:
    void property(const char *name, const QByteArray &value)
    {
        m_line.clear();
        m_line += name;
        m_line += ':';
        m_line += value;
        m_out += ics::foldLine(m_line);
    }
    void text(const char *name, const QString &value) { property(name, ics::escapeText(value)); }
    QByteArray take() { return std::move(m_out); }
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

private:
    QByteArray m_out, m_line;
};

QByteArray icsDate(const QDate &day)
{
    return day.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

} // namespace

namespace ics {

QByteArray escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                break; // CRLF is one break
            out += QLatin1String("\\n");
            break;
        case u'\n':
        case u'\u2028':
        case u'\u2029':
            out += QLatin1String("\\n");
            break;
        default:
            if ((c < 0x20 && c != u'\t') || c == 0x7F)
                break;
            out += QChar(c);
        }
    }
    return out.toUtf8();
}

QByteArray foldLine(const QByteArray &line)
{
    constexpr qsizetype Limit = 75; // octets per line, without the CRLF
    QByteArray out;
    out.reserve(line.size() + line.size() / (Limit - 1) * 3 + 2);
    qsizetype start = 0;
    qsizetype room = Limit;
    while (line.size() - start > room) {
        qsizetype end = start + room;
        // Back up to the first byte of a UTF-8 character (continuation bytes are 10xxxxxx); a
        // character has at most 4 bytes, so a piece is never empty.
        while ((uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        out.append(line.constData() + start, end - start);
        out += "\r\n ";
        start = end;
        room = Limit - 1; // the leading space of a continuation counts
    }
    out.append(line.constData() + start, line.size() - start);
    out += "\r\n";
    return out;
}

} // namespace ics

Result<QByteArray> calendarIcs(QSqlDatabase &db, qint64 managerId, const QDateTime &stamp)
{
    const QString workspaceId = settings::value(db, QStringLiteral("workspace_id")).trimmed();
    if (workspaceId.isEmpty())
        return fail(Text::tr("this workspace has no id for its calendar yet: open it for writing once (in CollabDesk "
                             "or with collabdesk-cli init) to update it"));
    QList<Event> events;
    for (auto read : {readDeliverables, readPostings, readPayments, readFollowups})
        if (Status s = read(db, managerId, events); !s)
            return s.failure();
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return std::tie(a.day, a.kind, a.id) < std::tie(b.day, b.kind, b.id);
    });

    QString name = MoneySettings::read(db).companyName.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("CollabDesk");
    if (managerId) // two managers' feeds side by side in one phone need two names
        if (const QString manager = ManagerService::nameOf(db, managerId); !manager.isEmpty())
            name = Text::tr("%1 — %2").arg(name, manager);

    IcsWriter w;
    w.reserve(512 + events.size() * 400);
    w.property("BEGIN", "VCALENDAR");
    w.property("VERSION", "2.0");
    w.property("PRODID", "-//CollabDesk//CollabDesk//EN");
    w.property("CALSCALE", "GREGORIAN");
    w.property("METHOD", "PUBLISH");
    w.text("X-WR-CALNAME", name);
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray uidTail = '@' + workspaceId.toUtf8();
    for (const Event &e : std::as_const(events)) {
        if (!e.day.isValid())
            continue; // a stored date that is not one cannot be placed on a calendar
        w.property("BEGIN", "VEVENT");
        w.property("UID", ics::escapeText(e.uid) + uidTail);
        w.property("DTSTAMP", dtstamp);
        w.property("DTSTART;VALUE=DATE", icsDate(e.day));
        w.property("DTEND;VALUE=DATE", icsDate(e.day.addDays(1)));
        w.text("SUMMARY", withoutLineBreaks(e.summary));
        w.text("DESCRIPTION", e.description);
        w.property("TRANSP", "TRANSPARENT");
        w.property("END", "VEVENT");
    }
    w.property("END", "VCALENDAR");
    return w.take();
}

Result<int> writeCalendarFile(Workspace &ws, qint64 managerId, const QString &path)
{
    if (Status s = checkOutputPath(path, ws.path()); !s)
        return s.failure();
    QSqlDatabase db = ws.db();
    auto ics = calendarIcs(db, managerId, Clock::nowUtc());
    if (!ics)
        return ics.failure();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(ics.value());
    if (Status s = commitWhole(file); !s)
        return fail(
            Text::tr("writing %1 failed, the file was not changed: %2 (is the disk full?)").arg(path, s.error()));
    return int(ics->count("\r\nBEGIN:VEVENT\r\n"));
}

} // namespace cd
