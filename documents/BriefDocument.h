#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QString>

namespace cd {

class Workspace;

// The one-page brief a creator gets: what the campaign is, what to make, what the caption must
// carry (hashtags, mentions, disclosure), when to post, and what will be measured. Written in
// English or Indonesian: its words follow the language chosen for the document (as the money
// documents' do), not the interface's.

// The brief of the campaign `campaignId` as rich text for an A4 page.
Result<QString> briefHtml(Workspace &ws, qint64 campaignId, ContractLanguage language);

// Writes the brief as a PDF to `path` through QSaveFile (the file appears whole or not at all).
// Needs a QGuiApplication (fonts); works with the offscreen platform.
Status writeBriefPdf(Workspace &ws, qint64 campaignId, ContractLanguage language, const QString &path);

} // namespace cd
