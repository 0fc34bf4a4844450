#include "KindImporter.h"

#include "common/Names.h"
#include "services/BrandService.h"

namespace cd {
namespace {

class BrandImporter final : public KindImporter
{
public:
    explicit BrandImporter(Workspace &ws) : m_brands(ws) {}

    QStringList required() const override { return {QStringLiteral("name")}; }
    QString key(const ImportRow &row) const override { return nameKey(row.text("name")); }

    Outcome import(ImportRow &row, Transaction &tx) override
    {
        const auto id = m_brands.findByName(row.text("name"));
        BrandInput in;
        if (id) {
            auto stored = m_brands.load(*id);
            if (!stored) {
                row.refused(stored.failure());
                return Outcome::Failed;
            }
            in = stored.value();
        }
        const BrandInput before = in;
        in.name = cleanName(row.text("name"));
        if (row.has("category"))
            in.category = cleanName(row.text("category"));
        if (row.has("competitors"))
            in.competitors = row.list("competitors");
        if (row.has("contact_email"))
            in.contactEmail = row.text("contact_email");
        if (row.has("notes"))
            in.notes = row.text("notes");
        const bool unchanged = in.name == before.name && in.category == before.category &&
                               in.competitors == before.competitors && in.contactEmail == before.contactEmail &&
                               in.notes == before.notes;
        return store(
            row, id.has_value(), unchanged, [&] { return m_brands.change(tx, *id, in); },
            [&] { return m_brands.insert(tx, in); });
    }

private:
    BrandService m_brands;
};

} // namespace

std::unique_ptr<KindImporter> makeBrandImporter(Workspace &ws)
{
    return std::make_unique<BrandImporter>(ws);
}

} // namespace cd
