#include "FreeMemory.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cd {

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
    // arena is no longer cut back after each free().
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
}

} // namespace cd
