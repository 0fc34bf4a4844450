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

} // namespace cd
