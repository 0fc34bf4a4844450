#include "DemoNames.h"

namespace cd::demo {

namespace {
QStringList words(const char *const *list, std::size_t n)
{
    QStringList out;
    for (std::size_t i = 0; i < n; ++i)
        out << QString::fromUtf8(list[i]);
    return out;
}
} // namespace

const QStringList &firstNames()
{
    static const char *const names[] = {
        "Rina",  "Putri",   "Dimas",   "Ayu",   "Budi",  "Sari",  "Kevin",  "Maya",    "Arif",  "Nadia",
        "Dewi",  "Fajar",   "Intan",   "Rizky", "Bayu",  "Citra", "Eka",    "Gilang",  "Hana",  "Indra",
        "Joko",  "Kartika", "Lestari", "Mega",  "Nanda", "Oki",   "Pandu",  "Ratna",   "Salsa", "Tasya",
        "Umar",  "Vina",    "Wulan",   "Yoga",  "Zahra", "Alex",  "Sarah",  "Jonas",   "Lina",  "Marcus",
        "Chloe", "Daniel",  "Emma",    "Felix", "Grace", "Hiro",  "Isabel", "Jasmine", "Kai",   "Leo",
        "Mei",   "Noah",    "Olivia",  "Priya", "Quinn", "Ravi",  "Sofia",  "Tomás",   "Wei",   "Yuna"};
    static const QStringList list = words(names, std::size(names));
    return list;
}

int indonesianFirstNames()
{
    return int(firstNames().indexOf(QStringLiteral("Alex")));
}

int indonesianLastNames()
{
    return int(lastNames().indexOf(QStringLiteral("Chen")));
}

const QStringList &lastNames()
{
    static const char *const names[] = {
        "Wijaya",   "Maharani", "Pratama", "Kartika", "Santoso",   "Lestari",    "Halim",    "Sari",    "Nugroho",
        "Rahman",   "Saputra",  "Hidayat", "Kusuma",  "Permata",   "Siregar",    "Nasution", "Wibowo",  "Gunawan",
        "Setiawan", "Putra",    "Hakim",   "Utami",   "Anggraini", "Firmansyah", "Susanto",  "Purnama", "Tanoto",
        "Chen",     "Lim",      "Becker",  "Chow",    "Tan",       "Nguyen",     "Garcia",   "Müller",  "Sato",
        "Kim",      "Silva",    "Rossi",   "Dubois",  "Kowalski",  "Haddad",     "Okafor",   "Novak",   "Larsen"};
    static const QStringList list = words(names, std::size(names));
    return list;
}

const QStringList &niches()
{
    static const char *const names[] = {"food",      "beauty",  "fashion",   "travel", "tech",
                                        "gaming",    "fitness", "parenting", "comedy", "music",
                                        "lifestyle", "finance", "education", "pets"};
    static const QStringList list = words(names, std::size(names));
    return list;
}

const QStringList &managers()
{
    // The small demo's first three (outside managers a brand deals with); an agency has all eight.
    static const char *const names[] = {"Dewi Lestari",   "Marcus Tan",  "Anisa Rahmawati", "Yoga Pratama",
                                        "Sari Wulandari", "Kevin Halim", "Putri Maharani",  "Rizky Firmansyah"};
    static const QStringList list = words(names, std::size(names));
    return list;
}

const QStringList &countries()
{
    static const char *const names[] = {"ID", "ID", "ID", "ID", "ID", "ID", "SG", "MY", "PH", "TH", "US", "DE", "AU"};
    static const QStringList list = words(names, std::size(names));
    return list;
}

} // namespace cd::demo
