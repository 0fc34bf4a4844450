#include "ContractText.h"

#include "brief/Compliance.h"
#include "common/Dates.h"
#include "common/LanguageText.h"
#include "common/Percent.h"
#include "money/CreatorMoney.h"
#include "services/CampaignService.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ContractText)
};

bool isId(ContractLanguage language)
{
    return language == ContractLanguage::Id;
}

// Words the contract itself says, in its own language (not the app's).
QString say(ContractLanguage language, const char *en, const char *id)
{
    return QString::fromUtf8(isId(language) ? id : en);
}

// What a missing term is called in the text and in the list of missing terms: the contract's
// language, not the app's.
QString label(ContractLanguage language, const char *source)
{
    return textIn(language, "ContractText", source);
}

QLocale localeOf(ContractLanguage language)
{
    return isId(language) ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

const char *const PartyKeys[] = {"party.legal_name", "party.address", "party.signatory", "party.tax_number"};

Result<QJsonObject> templateJson(QSqlDatabase &db, const QString &name, ContractLanguage language)
{
    const QString lang = wordOf(language);
    QByteArray bytes = settings::value(db, QStringLiteral("contract.template.%1.%2").arg(name, lang)).toUtf8();
    if (bytes.isEmpty()) {
        QFile builtIn(QStringLiteral(":/collabdesk/contracts/%1.%2.json").arg(name, lang));
        if (!builtIn.open(QIODevice::ReadOnly))
            return fail(Text::tr("there is no contract template '%1' in %2").arg(name, lang));
        bytes = builtIn.readAll();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return fail(Text::tr("the contract template '%1' (%2) is damaged: %3").arg(name, lang, error.errorString()));
    return doc.object();
}

// The merge fields' values; a missing one is absent from `values` and named in `labels`.
struct Fields
{
    ContractLanguage language = ContractLanguage::En;
    QHash<QString, QString> values;
    QHash<QString, QString> labels; // field -> what to give, for the missing list
    void set(const QString &key, const QString &value, const QString &missingLabel = {})
    {
        if (!value.trimmed().isEmpty())
            values.insert(key, value);
        else if (!missingLabel.isEmpty())
            labels.insert(key, missingLabel);
        else
            values.insert(key, QString());
    }
    // A sentence with a missing term inside it ("within [missing: payment terms (days)] days"):
    // `value` carries the marker, `missingLabel` goes on the missing list wherever it is used.
    void setWithMissing(const QString &key, const QString &value, const QString &missingLabel)
    {
        values.insert(key, value);
        missingInside.insert(key, missingLabel);
    }
    QHash<QString, QString> missingInside;
};

QString fill(const QString &text, const Fields &fields, QStringList &missing)
{
    static const QRegularExpression field(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (fields.values.contains(key)) {
            out += fields.values.value(key);
            if (const QString label = fields.missingInside.value(key); !label.isEmpty() && !missing.contains(label))
                missing << label;
        } else {
            const QString label = fields.labels.value(key, key);
            out += missingMarker(fields.language) + label + QLatin1Char(']');
            if (!missing.contains(label))
                missing << label;
        }
        last = m.capturedEnd();
    }
    out += text.mid(last);
    // An empty optional sentence ("{{deposit}}") leaves two spaces behind.
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    return out.replace(spaces, QStringLiteral(" "));
}

QString channelName(const QString &channel, ContractLanguage l)
{
    if (channel == QLatin1String("organic"))
        return say(l, "the brand's own social media accounts", "akun media sosial merek");
    if (channel == QLatin1String("website"))
        return say(l, "the brand's website", "situs web merek");
    if (channel == QLatin1String("email"))
        return say(l, "email", "email");
    if (channel == QLatin1String("print"))
        return say(l, "print", "media cetak");
    if (channel == QLatin1String("ooh"))
        return say(l, "outdoor advertising", "iklan luar ruang");
    if (auto p = wordFrom<Platform>(channel))
        return platformDisplayName(*p);
    return channel;
}

QString countText(qint64 n, ContractLanguage l)
{
    return localeOf(l).toString(n);
}

// 1750 -> "17.5" ("17,5" in Indonesian), 1000 -> "10".
QString percentIn(qint64 basisPoints, ContractLanguage l)
{
    QString text = percentText(basisPoints);
    return isId(l) ? text.replace(QLatin1Char('.'), QLatin1Char(',')) : text;
}

// What the payment clause says beyond the amounts: when the creator is paid (after their invoice
// in a brand's workspace; in an agency's, once the brand has paid, less the agency's fee), and that
// rupiah amounts are gross, taxes withheld by the payer (domain.md "Money, precisely").
struct PaymentWords
{
    ContractLanguage l;
    const ContractTerms &terms;
    const MoneySettings &settings;
    QString currency;
    std::optional<Money> fee, deposit;
    qint64 agencyRateBp = 0; // the participation's (agency workspaces)

    void setInto(Fields &f) const
    {
        f.set(QStringLiteral("deposit"), depositSentence());
        setDue(f);
        f.set(QStringLiteral("agency_fee"), agencyFeeSentence());
        f.set(QStringLiteral("tax"), currency != QLatin1String("IDR")
                                         ? QString()
                                         : say(l,
                                               "Amounts are gross: the payer withholds Indonesian income tax (PPh) as "
                                               "the law requires and gives the Creator the withholding slip (bukti "
                                               "potong).",
                                               "Semua jumlah adalah bruto: pembayar memotong pajak penghasilan (PPh) "
                                               "sesuai ketentuan dan memberikan bukti potong kepada Kreator."));
    }

    QString depositSentence() const
    {
        if (!deposit)
            return {};
        return (settings.isAgency() ? say(l, "The brand pays a deposit of %1 on signing.",
                                          "Merek membayar uang muka sebesar %1 saat penandatanganan.")
                                    : say(l, "A deposit of %1 is paid on signing.",
                                          "Uang muka sebesar %1 dibayar saat penandatanganan."))
            .arg(contractMoney(*deposit, l));
    }

    // "The balance" only when a deposit went first.
    void setDue(Fields &f) const
    {
        const QString key = QStringLiteral("payment_due");
        if (settings.isAgency()) {
            f.set(key, say(l,
                           "The Creator's share of each payment is paid within %1 days of the brand paying it to "
                           "the Company",
                           "Bagian Kreator dari setiap pembayaran dibayarkan dalam %1 hari sejak merek membayarnya "
                           "kepada Perusahaan")
                           .arg(countText(settings.creatorPayoutDays, l)));
            return;
        }
        const QString due = deposit ? say(l, "The balance is paid within %1 days of the Creator's invoice",
                                          "Sisanya dibayar dalam %1 hari sejak tagihan Kreator diterima")
                                    : say(l, "Payment is made within %1 days of the Creator's invoice",
                                          "Pembayaran dilakukan dalam %1 hari sejak tagihan Kreator diterima");
        if (terms.paymentTermsDays) {
            f.set(key, due.arg(countText(*terms.paymentTermsDays, l)));
            return;
        }
        const QString days = label(l, QT_TRANSLATE_NOOP("ContractText", "payment terms (days)"));
        f.setWithMissing(key, due.arg(missingMarker(l) + days + QLatin1Char(']')), days);
    }

    QString agencyFeeSentence() const
    {
        if (!settings.isAgency() || !fee || fee->minor() <= 0)
            return {};
        const qint64 share = creatorShare(PaymentKind::Fee, fee->minor(), agencyRateBp);
        return say(l,
                   "The Company keeps an agency fee of %1% of what the brand pays (%2 of the fee); the Creator's "
                   "share of the fee is %3.",
                   "Perusahaan mengambil fee agensi %1% dari pembayaran merek (%2 dari honor); bagian Kreator dari "
                   "honor adalah %3.")
            .arg(percentIn(agencyRateBp, l), contractMoney(Money(fee->minor() - share, fee->currency()), l),
                 contractMoney(Money(share, fee->currency()), l));
    }
};
} // namespace

QString missingMarker(ContractLanguage language)
{
    return say(language, "[missing: ", "[belum diisi: ");
}

QString contractDate(const QDate &date, ContractLanguage language)
{
    return localeOf(language).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString contractMoney(const Money &money, ContractLanguage language)
{
    if (!isId(language) || money.currency() == QLatin1String("IDR"))
        return money.format(QLocale(QLocale::English)); // an English contract, whatever the app's language
    const int digits = currencyDigits(money.currency());
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 whole = std::abs(money.minor()) / scale, cents = std::abs(money.minor()) % scale;
    QString text = QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(whole);
    if (digits > 0)
        text += QLatin1Char(',') + QString::number(cents).rightJustified(digits, QLatin1Char('0'));
    return (money.isNegative() ? QStringLiteral("-") : QString()) + money.currency() + QLatin1Char(' ') + text;
}

namespace {
// "one of #ad, #iklan, #sponsored or #paidpartnership": the markers any of which the brief accepts
// (the same in both languages: a contract's duty does not change with the language it is read in).
QString anyOf(const QStringList &tags, ContractLanguage l)
{
    QStringList marked;
    for (const QString &t : tags)
        marked << QLatin1Char('#') + t;
    return say(l, "one of ", "salah satu dari ") + marked.mid(0, marked.size() - 1).join(QStringLiteral(", ")) +
           say(l, " or ", " atau ") + marked.last();
}
} // namespace

QString joinForContract(const QStringList &items, ContractLanguage language)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + say(language, " and ", " dan ") + items.last();
}

OwnParty ownParty(QSqlDatabase &db)
{
    return {
        settings::value(db, QString::fromLatin1(PartyKeys[0])), settings::value(db, QString::fromLatin1(PartyKeys[1])),
        settings::value(db, QString::fromLatin1(PartyKeys[2])), settings::value(db, QString::fromLatin1(PartyKeys[3]))};
}

Status setOwnParty(Workspace &ws, const OwnParty &party)
{
    const QString values[] = {party.legalName, party.address, party.signatory, party.taxNumber};
    for (int i = 0; i < 4; ++i)
        if (Status s = settings::setValue(ws, QString::fromLatin1(PartyKeys[i]), values[i].trimmed()); !s)
            return s;
    return {};
}

QStringList contractMergeFields()
{
    return {QStringLiteral("agreement_date"),
            QStringLiteral("party_name"),
            QStringLiteral("party_details"),
            QStringLiteral("party_signatory"),
            QStringLiteral("brand"),
            QStringLiteral("creator"),
            QStringLiteral("campaign"),
            QStringLiteral("creator_details"),
            QStringLiteral("deliverables"),
            QStringLiteral("hashtags"),
            QStringLiteral("mentions"),
            QStringLiteral("disclosure"),
            QStringLiteral("post_window"),
            QStringLiteral("revision_rounds"),
            QStringLiteral("revision_round_count"),
            QStringLiteral("turnaround_days"),
            QStringLiteral("compensation"),
            QStringLiteral("deposit"),
            QStringLiteral("payment_terms_days"),
            QStringLiteral("payment_due"),
            QStringLiteral("agency_fee"),
            QStringLiteral("tax"),
            QStringLiteral("kpis"),
            QStringLiteral("usage_channels"),
            QStringLiteral("paid_ads"),
            QStringLiteral("usage_start"),
            QStringLiteral("usage_end"),
            QStringLiteral("exclusivity_start"),
            QStringLiteral("exclusivity_end"),
            QStringLiteral("exclusivity_category"),
            QStringLiteral("exclusivity_competitors"),
            QStringLiteral("exclusivity_named"),
            QStringLiteral("cancellation_notice_days"),
            QStringLiteral("kill_fee"),
            QStringLiteral("governing_law")};
}

Result<QByteArray> contractTemplateJson(QSqlDatabase &db, const QString &name, ContractLanguage language)
{
    auto object = templateJson(db, name, language);
    if (!object)
        return object.failure();
    return QJsonDocument(object.value()).toJson(QJsonDocument::Indented);
}

Result<QString> saveContractTemplate(Workspace &ws, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return fail(
            Text::tr("the template is not JSON (%1 at character %2)").arg(error.errorString()).arg(error.offset));
    const QJsonObject t = doc.object();
    const QString name = t.value(QStringLiteral("name")).toString().trimmed();
    static const QRegularExpression goodName(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    if (!goodName.match(name).hasMatch())
        return fail(Text::tr("the template needs a \"name\" of letters, digits, '-' or '_' (at most 40)"));
    const auto language = parseWord<ContractLanguage>(t.value(QStringLiteral("language")).toString());
    if (!language)
        return fail(Text::tr("the template's \"language\": %1").arg(language.error()));
    for (const char *key : {"title", "intro", "signatures"})
        if (t.value(QLatin1String(key)).toString().trimmed().isEmpty())
            return fail(Text::tr("the template needs a \"%1\"").arg(QLatin1String(key)));
    const QJsonArray clauses = t.value(QStringLiteral("clauses")).toArray();
    if (clauses.isEmpty())
        return fail(Text::tr("the template needs \"clauses\", each with an id, a title and a text"));
    QStringList texts{t.value(QStringLiteral("intro")).toString(), t.value(QStringLiteral("signatures")).toString()};
    QStringList ids;
    for (const QJsonValue &v : clauses) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || c.value(QStringLiteral("title")).toString().isEmpty() ||
            c.value(QStringLiteral("text")).toString().isEmpty())
            return fail(Text::tr("clause %1 of the template needs an id, a title and a text").arg(ids.size() + 1));
        if (ids.contains(id))
            return fail(Text::tr("two clauses of the template have the id '%1'").arg(id));
        ids << id;
        texts << c.value(QStringLiteral("text")).toString();
        if (const QString when = c.value(QStringLiteral("when")).toString();
            !when.isEmpty() && !contractMergeFields().contains(when))
            return fail(Text::tr("clause '%1' depends on an unknown merge field '%2'").arg(id, when));
    }
    static const QRegularExpression field(QStringLiteral("\\{\\{([^}]*)\\}\\}"));
    for (const QString &text : std::as_const(texts))
        for (auto it = field.globalMatch(text); it.hasNext();)
            if (const QString f = it.next().captured(1); !contractMergeFields().contains(f))
                return fail(Text::tr("unknown merge field {{%1}}: use %2")
                                .arg(f, contractMergeFields().join(QStringLiteral(", "))));
    if (Status s = settings::setValue(ws, QStringLiteral("contract.template.%1.%2").arg(name, wordOf(*language)),
                                      QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Compact)));
        !s)
        return s.failure();
    return name;
}

QStringList contractTemplateNames(QSqlDatabase &db)
{
    QStringList names{QStringLiteral("standard")};
    if (auto q = sql::run(db, QStringLiteral("SELECT key FROM settings WHERE key LIKE 'contract.template.%'")))
        while (q->next()) {
            const QStringList parts = q->value(0).toString().split(QLatin1Char('.'));
            if (parts.size() == 4 && !names.contains(parts.at(2)))
                names << parts.at(2);
        }
    return names;
}

Result<ContractText> draftContract(Workspace &ws, qint64 participantId, const ContractTerms &terms, const QDate &date)
{
    QSqlDatabase db = ws.db();
    const ContractLanguage l = terms.language;
    const QString templateName = terms.templateName.isEmpty() ? QStringLiteral("standard") : terms.templateName;
    auto tmpl = templateJson(db, templateName, l);
    if (!tmpl)
        return tmpl.failure();
    auto who = sql::run(
        db,
        QStringLiteral(
            "SELECT p.id, p.campaign_id, cr.id, cr.name, (SELECT m.name FROM managers m WHERE m.id = cr.manager_id), "
            "b.name, p.fee_minor, "
            "p.commission_rate_bp, p.product_value_minor, p.points, p.point_value_minor, "
            "p.deposit_minor, c.currency FROM participants p "
            "JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON b.id = c.brand_id "
            "JOIN creators cr ON cr.id = p.creator_id WHERE p.id = ?"),
        {participantId});
    if (!who)
        return who.failure();
    if (!who->next())
        return fail(Text::tr("the creator no longer takes part in the campaign"));
    const qint64 creatorId = who->value(2).toLongLong();
    const QString currency = who->value(12).toString();
    const auto money = [&](int column) {
        return who->isNull(column) ? std::optional<Money>()
                                   : std::optional<Money>(Money(who->value(column).toLongLong(), currency));
    };
    auto campaign = CampaignService(ws).load(who->value(1).toLongLong());
    if (!campaign)
        return campaign.failure();
    const CampaignInput &c = campaign.value();
    const OwnParty party = ownParty(db);

    Fields f;
    f.language = l;
    f.set(QStringLiteral("agreement_date"), contractDate(date, l));
    f.set(QStringLiteral("party_name"), party.legalName,
          label(l, QT_TRANSLATE_NOOP("ContractText", "your company's legal name (Settings)")));
    QStringList partyDetails;
    if (!party.address.trimmed().isEmpty())
        partyDetails << party.address.trimmed();
    if (!party.taxNumber.trimmed().isEmpty())
        partyDetails << say(l, "tax number ", "NPWP ") + party.taxNumber.trimmed();
    f.set(QStringLiteral("party_details"), partyDetails.join(QStringLiteral(", ")),
          label(l, QT_TRANSLATE_NOOP("ContractText", "your company's address and tax number (Settings)")));
    f.set(QStringLiteral("party_signatory"), party.signatory,
          label(l, QT_TRANSLATE_NOOP("ContractText", "who signs for your company (Settings)")));
    f.set(QStringLiteral("brand"), who->value(5).toString());
    f.set(QStringLiteral("creator"), who->value(3).toString());
    f.set(QStringLiteral("campaign"), c.name);

    QStringList handles;
    if (auto a = sql::run(db,
                          QStringLiteral("SELECT platform, handle FROM accounts WHERE creator_id = ? ORDER BY "
                                         "platform"),
                          {creatorId}))
        while (a->next())
            handles << QStringLiteral("%1 @%2").arg(
                platformDisplayName(wordFrom<Platform>(a->value(0).toString()).value_or(Platform::Instagram)),
                a->value(1).toString());
    if (!who->value(4).toString().trimmed().isEmpty())
        handles << say(l, "managed by ", "dikelola oleh ") + who->value(4).toString().trimmed();
    f.set(QStringLiteral("creator_details"), handles.join(QStringLiteral(", ")),
          label(l, QT_TRANSLATE_NOOP("ContractText", "the creator's accounts")));

    QStringList deliverables;
    if (auto d = sql::run(db,
                          QStringLiteral("SELECT title, platform, format, due_date FROM deliverables WHERE "
                                         "participant_id = ? ORDER BY due_date IS NULL, due_date, title_key"),
                          {participantId}))
        while (d->next()) {
            QString line =
                QStringLiteral("“%1” (%2")
                    .arg(d->value(0).toString(),
                         platformDisplayName(wordFrom<Platform>(d->value(1).toString()).value_or(Platform::Instagram)));
            if (!d->value(2).toString().isEmpty())
                line += QLatin1Char(' ') + QString(d->value(2).toString()).replace(QLatin1Char('_'), QLatin1Char(' '));
            if (!d->isNull(3))
                line += say(l, ", draft due ", ", draf paling lambat ") +
                        contractDate(QDate::fromString(d->value(3).toString(), Qt::ISODate), l);
            deliverables << line + QLatin1Char(')');
        }
    f.set(QStringLiteral("deliverables"), joinForContract(deliverables, l),
          label(l, QT_TRANSLATE_NOOP("ContractText", "the deliverables (add them to the campaign)")));
    QStringList tags;
    for (const QString &t : c.hashtags)
        tags << QLatin1Char('#') + t;
    f.set(QStringLiteral("hashtags"),
          tags.isEmpty() ? say(l, "the campaign sets no hashtags", "tanpa tagar wajib") : joinForContract(tags, l));
    QStringList mentions;
    for (const QString &m : c.mentions)
        mentions << QLatin1Char('@') + m;
    f.set(QStringLiteral("mentions"), mentions.isEmpty() ? say(l, "none", "tidak ada") : joinForContract(mentions, l));
    QStringList markers;
    for (const QString &m : c.disclosureMarkers)
        markers << QLatin1Char('#') + m;
    f.set(QStringLiteral("disclosure"),
          c.disclosureRequired
              ? say(l, "discloses the paid partnership with ", "mencantumkan penanda kerja sama berbayar ") +
                    (markers.isEmpty() ? anyOf(standardDisclosureMarkers(), l) : joinForContract(markers, l))
              : say(l, "discloses the partnership as the platform requires",
                    "mencantumkan penanda kerja sama sesuai aturan platform"));
    const QDate windowStart = c.postWindowStart.isValid() ? c.postWindowStart : c.start;
    const QDate windowEnd = c.postWindowEnd.isValid() ? c.postWindowEnd : c.end;
    f.set(QStringLiteral("post_window"),
          windowStart.isValid() && windowEnd.isValid()
              ? contractDate(windowStart, l) + say(l, " and ", " dan ") + contractDate(windowEnd, l)
              : QString(),
          label(l, QT_TRANSLATE_NOOP("ContractText", "the posting window (campaign)")));
    f.set(QStringLiteral("revision_rounds"), terms.revisionRounds ? countText(*terms.revisionRounds, l) : QString(),
          label(l, QT_TRANSLATE_NOOP("ContractText", "revision rounds")));
    f.set(QStringLiteral("revision_round_count"),
          !terms.revisionRounds        ? QString()
          : isId(l)                    ? QStringLiteral("%1 putaran").arg(countText(*terms.revisionRounds, l))
          : *terms.revisionRounds == 1 ? QStringLiteral("1 round")
                                       : QStringLiteral("%1 rounds").arg(countText(*terms.revisionRounds, l)),
          label(l, QT_TRANSLATE_NOOP("ContractText", "revision rounds")));
    f.set(QStringLiteral("turnaround_days"),
          terms.turnaroundDays ? QString::number(*terms.turnaroundDays)
                               : settings::value(db, QStringLiteral("contract.turnaround_days"), QStringLiteral("3")));

    QStringList pay;
    if (auto fee = money(6))
        pay << say(l, "a fee of ", "honor sebesar ") + contractMoney(*fee, l);
    if (!who->isNull(7))
        pay << say(l, "%1% commission on the revenue attributed to the Creator's posts",
                   "komisi %1% dari pendapatan yang berasal dari unggahan Kreator")
                   .arg(percentIn(who->value(7).toLongLong(), l));
    if (auto product = money(8))
        pay << say(l, "products worth ", "produk senilai ") + contractMoney(*product, l);
    if (!who->isNull(9)) {
        QString points = say(l, "%1 points", "%1 poin").arg(countText(who->value(9).toLongLong(), l));
        if (auto value = money(10))
            points += say(l, " worth %1 each", " senilai %1 per poin").arg(contractMoney(*value, l));
        pay << points;
    }
    f.set(QStringLiteral("compensation"), joinForContract(pay, l),
          label(l, QT_TRANSLATE_NOOP("ContractText", "the creator's compensation (campaign)")));
    const MoneySettings moneySettings = MoneySettings::read(db);
    qint64 agencyRate = moneySettings.agencyRateBp;
    if (auto rates = agencyRatesOf(db, creatorId, moneySettings); rates && rates->contains(participantId))
        agencyRate = rates->value(participantId);
    PaymentWords{l, terms, moneySettings, currency, money(6), money(11), agencyRate}.setInto(f);
    f.set(QStringLiteral("payment_terms_days"),
          terms.paymentTermsDays ? countText(*terms.paymentTermsDays, l) : QString(),
          label(l, QT_TRANSLATE_NOOP("ContractText", "payment terms (days)")));

    QStringList kpis;
    const KpiTargets &k = c.kpi;
    if (k.posts)
        kpis << say(l, "%1 posts", "%1 unggahan").arg(countText(*k.posts, l));
    if (k.views)
        kpis << say(l, "%1 views", "%1 tayangan").arg(countText(*k.views, l));
    if (k.engagementRateBp)
        kpis << say(l, "an engagement rate of %1%", "engagement rate %1%")
                    .arg(localeOf(l).toString(*k.engagementRateBp / 100.0, 'f', 2));
    if (k.newFollowers)
        kpis << say(l, "%1 new followers", "%1 pengikut baru").arg(countText(*k.newFollowers, l));
    if (k.linkClicks)
        kpis << say(l, "%1 link clicks", "%1 klik tautan").arg(countText(*k.linkClicks, l));
    if (k.revenue)
        kpis << say(l, "%1 in attributed revenue", "pendapatan %1").arg(contractMoney(*k.revenue, l));
    f.set(QStringLiteral("kpis"), joinForContract(kpis, l));

    QStringList channels;
    for (const QString &ch : terms.usageChannels)
        channels << channelName(ch, l);
    f.set(QStringLiteral("usage_channels"), joinForContract(channels, l),
          label(l, QT_TRANSLATE_NOOP("ContractText", "usage channels")));
    f.set(QStringLiteral("paid_ads"), terms.paidAds ? say(l, "including paid advertising", "termasuk iklan berbayar")
                                                    : say(l, "not in paid advertising", "tidak untuk iklan berbayar"));
    f.set(QStringLiteral("usage_start"), terms.usageStart.isValid() ? contractDate(terms.usageStart, l) : QString(),
          label(l, QT_TRANSLATE_NOOP("ContractText", "usage start")));
    f.set(QStringLiteral("usage_end"), terms.usageEnd.isValid() ? contractDate(terms.usageEnd, l) : QString(),
          label(l, QT_TRANSLATE_NOOP("ContractText", "usage end")));
    f.set(QStringLiteral("exclusivity_start"),
          terms.exclusivityStart.isValid() ? contractDate(terms.exclusivityStart, l) : QString());
    f.set(QStringLiteral("exclusivity_end"), terms.exclusivityEnd.isValid()
                                                 ? contractDate(terms.exclusivityEnd, l)
                                                 : say(l, "the end of this agreement", "berakhirnya perjanjian ini"));
    f.set(QStringLiteral("exclusivity_category"), terms.exclusivityCategory.trimmed().isEmpty()
                                                      ? say(l, "named below", "yang disebut di bawah")
                                                      : terms.exclusivityCategory.trimmed());
    f.set(QStringLiteral("exclusivity_competitors"), terms.competitors.isEmpty()
                                                         ? say(l, "none named", "tidak ada yang disebutkan")
                                                         : joinForContract(terms.competitors, l));
    // The standard template's: the competitors' part of the sentence only when some are named.
    f.set(QStringLiteral("exclusivity_named"), terms.competitors.isEmpty()
                                                   ? QString()
                                                   : say(l, ", nor these competitors: ", ", maupun pesaing berikut: ") +
                                                         joinForContract(terms.competitors, l));
    f.set(QStringLiteral("cancellation_notice_days"),
          terms.cancellationNoticeDays ? countText(*terms.cancellationNoticeDays, l) : QString(),
          label(l, QT_TRANSLATE_NOOP("ContractText", "cancellation notice (days)")));
    f.set(QStringLiteral("kill_fee"), terms.killFee ? contractMoney(*terms.killFee, l) : QString(),
          label(l, QT_TRANSLATE_NOOP("ContractText", "kill fee")));
    f.set(QStringLiteral("governing_law"), terms.governingLaw.trimmed(),
          label(l, QT_TRANSLATE_NOOP("ContractText", "governing law")));

    ContractText text;
    text.language = wordOf(l);
    text.templateName = templateName;
    const QJsonObject &t = tmpl.value();
    text.title = t.value(QStringLiteral("title")).toString();
    text.intro = fill(t.value(QStringLiteral("intro")).toString(), f, text.missing);
    for (const QJsonValue &v : t.value(QStringLiteral("clauses")).toArray()) {
        const QJsonObject clause = v.toObject();
        const QString when = clause.value(QStringLiteral("when")).toString();
        if (!when.isEmpty() && f.values.value(when).isEmpty())
            continue; // a clause for a term the contract does not have
        const QString body = fill(clause.value(QStringLiteral("text")).toString(), f, text.missing);
        text.clauses.append({clause.value(QStringLiteral("id")).toString(),
                             clause.value(QStringLiteral("title")).toString(), body, body});
    }
    for (const QString &part : t.value(QStringLiteral("signatures")).toString().split(QLatin1Char('|')))
        text.signatures << fill(part, f, text.missing);
    return text;
}

ContractText mergeRegenerated(const ContractText &stored, const ContractText &fresh, QStringList *review)
{
    ContractText out = fresh;
    for (ContractClause &clause : out.clauses) {
        const auto old = std::find_if(stored.clauses.cbegin(), stored.clauses.cend(),
                                      [&](const ContractClause &c) { return c.id == clause.id; });
        if (old == stored.clauses.cend() || !old->edited())
            continue;
        // The user's words stay; when the template's text moved under them, say so.
        if (review && old->generated != clause.generated)
            *review << clause.title;
        clause.text = old->text;
    }
    return out;
}

QString ContractText::toJson() const
{
    QJsonArray clauseArray;
    for (const ContractClause &c : clauses)
        clauseArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                       {QStringLiteral("title"), c.title},
                                       {QStringLiteral("text"), c.text},
                                       {QStringLiteral("generated"), c.generated}});
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("collabdesk-contract")},
                                  {QStringLiteral("language"), language},
                                  {QStringLiteral("template"), templateName},
                                  {QStringLiteral("title"), title},
                                  {QStringLiteral("intro"), intro},
                                  {QStringLiteral("clauses"), clauseArray},
                                  {QStringLiteral("signatures"), QJsonArray::fromStringList(signatures)},
                                  {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}})
            .toJson(QJsonDocument::Compact));
}

std::optional<ContractText> ContractText::fromJson(const QString &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body.toUtf8()).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("collabdesk-contract"))
        return std::nullopt;
    ContractText t;
    t.language = o.value(QStringLiteral("language")).toString();
    t.templateName = o.value(QStringLiteral("template")).toString();
    t.title = o.value(QStringLiteral("title")).toString();
    t.intro = o.value(QStringLiteral("intro")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("clauses")).toArray()) {
        const QJsonObject c = v.toObject();
        t.clauses.append({c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("title")).toString(),
                          c.value(QStringLiteral("text")).toString(), c.value(QStringLiteral("generated")).toString()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("signatures")).toArray())
        t.signatures << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("missing")).toArray())
        t.missing << v.toString();
    return t;
}

QString ContractText::plainText() const
{
    QString out = title + QStringLiteral("\n\n") + intro + QStringLiteral("\n");
    for (int i = 0; i < clauses.size(); ++i)
        out += QStringLiteral("\n%1. %2\n%3\n").arg(i + 1).arg(clauses.at(i).title, clauses.at(i).text);
    return out;
}

} // namespace cd
