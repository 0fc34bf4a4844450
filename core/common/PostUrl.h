#pragma once

#include "common/Words.h"

#include <QString>

namespace cd {

// The form in which post URLs are compared (domain.md): no scheme, host in lower case without
// "www.", no fragment, no trailing '/', and no query except the parameters that identify a post
// (YouTube's v, Facebook's story_fbid and id, in that order).
//   "https://www.instagram.com/reel/ABC123/?igsh=x" -> "instagram.com/reel/ABC123"
//   "youtube.com/watch?v=dQw4&t=42"                 -> "youtube.com/watch?v=dQw4"
// Returns an empty string for text that is not a URL with a host.
QString normalizePostUrl(const QString &url);

// What a post's address looks like on `platform`, for a field's example ("https://www.tiktok.com/@handle/video/…").
QString postUrlExample(Platform platform);

} // namespace cd
