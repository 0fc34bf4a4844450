/* Preloaded (LD_PRELOAD) into a collabdesk-cli run by the crash harness. It counts the calls that
 * make data last or move it (fsync, fdatasync, ftruncate, rename, unlink) and kills the process
 * with SIGKILL just before call number CRASH_AT, the instant at which a crash does the most harm.
 * With CRASH_COUNT_FILE set it writes how many such calls a whole run made, at exit.
 * A process kill keeps what the page cache holds, so this is a crash of the program, not a power
 * cut of the machine. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

static long crash_at = -1;
static long calls = 0;

__attribute__((constructor)) static void crash_init(void)
{
    const char *at = getenv("CRASH_AT");
    if (at)
        crash_at = atol(at);
}

__attribute__((destructor)) static void crash_report(void)
{
    const char *path = getenv("CRASH_COUNT_FILE");
    if (!path)
        return;
    FILE *f = fopen(path, "w");
    if (f) {
        fprintf(f, "%ld\n", calls);
        fclose(f);
    }
}

static void step(void)
{
    if (++calls == crash_at)
        kill(getpid(), SIGKILL);
}

/* libc's own `name`, looked up once. */
#define REAL(name)                                                                                                  \
    static __typeof__(&name) real = 0;                                                                              \
    if (!real)                                                                                                      \
    real = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

int fsync(int fd)
{
    REAL(fsync);
    step();
    return real(fd);
}

int fdatasync(int fd)
{
    REAL(fdatasync);
    step();
    return real(fd);
}

int ftruncate(int fd, off_t length)
{
    REAL(ftruncate);
    step();
    return real(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    REAL(ftruncate64);
    step();
    return real(fd, length);
}

int rename(const char *from, const char *to)
{
    REAL(rename);
    step();
    return real(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    REAL(renameat);
    step();
    return real(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    REAL(renameat2);
    step();
    return real(fromDir, from, toDir, to, flags);
}

int unlink(const char *path)
{
    REAL(unlink);
    step();
    return real(path);
}

int unlinkat(int dir, const char *path, int flags)
{
    REAL(unlinkat);
    step();
    return real(dir, path, flags);
}
