#include "FreeMemory.h"

#include <mutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cd {
namespace {
// The trim threshold and what decides it, changed together: with only an atomic count, a guard
// ending on one thread could set the threshold back just after another's had raised it again.
std::mutex g_threshold;
bool g_keepingFreed = false;         // keepFreedMemoryDuringBursts() was called
int g_tops = 0;                      // KeepFreedTops alive
constexpr int WholeTops = 512 << 20; // above an arena's 64 MiB: never cut back
} // namespace

void returnFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void keepFreedMemoryDuringBursts()
{
#ifdef __GLIBC__
    // Blocks up to 32 MiB (glibc's ceiling for this setting) come from the arenas, where a freed
    // one is reused, rather than from a mapping of their own that free() unmaps; and the top of an
    // arena is cut back only once 8 MiB is free there. Not more: malloc_trim() gives back what is free
    // inside every arena, but of the free tops only the main arena's, so what a reading thread's
    // arena keeps at its top stays until a free() there cuts it. With 512 MiB the large demo's app
    // held 144-191 MiB at rest over seven runs, 138-147 with 8 (six runs; the roster's re-read
    // 156-176 -> 172-188 ms, the other reads within the noise; glibc's default, 128 KiB, cost far more).
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    const std::lock_guard lock(g_threshold);
    mallopt(M_TRIM_THRESHOLD, TopKeptFree);
    g_keepingFreed = true;
#endif
}

KeepFreedTops::KeepFreedTops()
{
#ifdef __GLIBC__
    const std::lock_guard lock(g_threshold);
    if (g_keepingFreed && g_tops++ == 0)
        mallopt(M_TRIM_THRESHOLD, WholeTops);
#endif
}

KeepFreedTops::~KeepFreedTops()
{
#ifdef __GLIBC__
    const std::lock_guard lock(g_threshold);
    if (g_keepingFreed && --g_tops == 0)
        mallopt(M_TRIM_THRESHOLD, TopKeptFree);
#endif
}

} // namespace cd
