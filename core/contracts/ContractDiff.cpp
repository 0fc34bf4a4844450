#include "ContractDiff.h"

#include "common/Dates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ContractDiff)
};

QString shown(const QDate &d)
{
    return d.isValid() ? isoDate(d) : Text::tr("not set");
}

QString shown(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : Text::tr("not set");
}

QString shown(const QStringList &list)
{
    return list.isEmpty() ? Text::tr("none") : list.join(QStringLiteral(", "));
}

QString shown(const QString &text)
{
    return text.trimmed().isEmpty() ? Text::tr("not set") : text.trimmed();
}
} // namespace

QList<TermChange> diffTerms(const ContractTerms &a, const ContractTerms &b)
{
    QList<TermChange> out;
    const auto add = [&](const char *term, const QString &before, const QString &after) {
        if (before != after)
            out.append({Text::tr(term), before, after});
    };
    add(QT_TRANSLATE_NOOP("ContractDiff", "language"), wordOf(a.language), wordOf(b.language));
    add(QT_TRANSLATE_NOOP("ContractDiff", "end date"), shown(a.endDate), shown(b.endDate));
    add(QT_TRANSLATE_NOOP("ContractDiff", "exclusivity category"), shown(a.exclusivityCategory),
        shown(b.exclusivityCategory));
    add(QT_TRANSLATE_NOOP("ContractDiff", "competitors"), shown(a.competitors), shown(b.competitors));
    add(QT_TRANSLATE_NOOP("ContractDiff", "exclusivity start"), shown(a.exclusivityStart), shown(b.exclusivityStart));
    add(QT_TRANSLATE_NOOP("ContractDiff", "exclusivity end"), shown(a.exclusivityEnd), shown(b.exclusivityEnd));
    add(QT_TRANSLATE_NOOP("ContractDiff", "usage channels"), shown(a.usageChannels), shown(b.usageChannels));
    add(QT_TRANSLATE_NOOP("ContractDiff", "usage start"), shown(a.usageStart), shown(b.usageStart));
    add(QT_TRANSLATE_NOOP("ContractDiff", "usage end"), shown(a.usageEnd), shown(b.usageEnd));
    add(QT_TRANSLATE_NOOP("ContractDiff", "paid ads"), a.paidAds ? Text::tr("yes") : Text::tr("no"),
        b.paidAds ? Text::tr("yes") : Text::tr("no"));
    add(QT_TRANSLATE_NOOP("ContractDiff", "revision rounds"), shown(a.revisionRounds), shown(b.revisionRounds));
    add(QT_TRANSLATE_NOOP("ContractDiff", "revision turnaround days"), shown(a.turnaroundDays),
        shown(b.turnaroundDays));
    add(QT_TRANSLATE_NOOP("ContractDiff", "payment terms (days)"), shown(a.paymentTermsDays),
        shown(b.paymentTermsDays));
    add(QT_TRANSLATE_NOOP("ContractDiff", "kill fee"), a.killFee ? a.killFee->format() : Text::tr("not set"),
        b.killFee ? b.killFee->format() : Text::tr("not set"));
    add(QT_TRANSLATE_NOOP("ContractDiff", "cancellation notice (days)"), shown(a.cancellationNoticeDays),
        shown(b.cancellationNoticeDays));
    add(QT_TRANSLATE_NOOP("ContractDiff", "governing law"), shown(a.governingLaw), shown(b.governingLaw));
    return out;
}

QString diffHtml(const QString &before, const QString &after)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList a = before.split(space, Qt::SkipEmptyParts), b = after.split(space, Qt::SkipEmptyParts);
    // Longest common subsequence of words; contract clauses are a few hundred words at most.
    QList<QList<int>> lcs(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    qsizetype i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a.at(i) == b.at(j)) {
            out << a.at(i++).toHtmlEscaped();
            ++j;
        } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << QStringLiteral("<span style='background:#c8f0c8'>%1</span>").arg(b.at(j++).toHtmlEscaped());
        } else {
            out << QStringLiteral("<span style='background:#f8c8c8; text-decoration:line-through'>%1</span>")
                       .arg(a.at(i++).toHtmlEscaped());
        }
    }
    return out.join(QLatin1Char(' '));
}

QString diffTextsHtml(const ContractText &before, const ContractText &after)
{
    QString html;
    QStringList seen;
    for (const ContractClause &c : after.clauses) {
        seen << c.id;
        const auto old = std::find_if(before.clauses.cbegin(), before.clauses.cend(),
                                      [&](const ContractClause &o) { return o.id == c.id; });
        const QString oldText = old == before.clauses.cend() ? QString() : old->text;
        if (oldText == c.text)
            continue;
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(c.title.toHtmlEscaped(), diffHtml(oldText, c.text));
    }
    for (const ContractClause &c : before.clauses)
        if (!seen.contains(c.id))
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(c.title.toHtmlEscaped(), diffHtml(c.text, QString()));
    return html;
}

} // namespace cd
