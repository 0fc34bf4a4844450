#pragma once

#include <QList>
#include <QString>

namespace cd {

// What the Edit menu and the toolbar do on a page that lists editable records (creators,
// brands). MainWindow asks the current page; pages without records do not implement it.
class RecordActions
{
public:
    virtual ~RecordActions() = default;

    // "Creator", "Brand": for menu texts such as "New Creator…".
    virtual QString recordName() const = 0;
    virtual QList<qint64> selectedIds() const = 0;
    virtual void addRecord() = 0;
    virtual void editSelected() = 0;
    virtual void duplicateSelected() = 0;
    virtual void deleteSelected() = 0;
    // Pages whose records can be archived (creators) toggle archived and active.
    virtual bool canArchive() const { return false; }
    virtual bool selectionArchived() const { return false; }
    virtual void toggleArchiveSelected() {}
    // Why the person signed in may not archive or delete the selection (another manager's creator
    // on a server), as a clause; empty when they may.
    virtual QString whyNotChangeable() const { return {}; }
};

} // namespace cd
