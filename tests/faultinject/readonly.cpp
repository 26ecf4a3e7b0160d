// Fault injection for tests: a library preloaded into the server (LD_PRELOAD) that makes its
// writes to regular files fail with EROFS while a trigger file exists, as a disk remounted
// read-only would. Remounting needs root; this does not. Pipes and sockets are not touched.
//
//   LD_PRELOAD=libpingpanda_readonly.so PINGPANDA_FAULT_READONLY_WHEN=/tmp/trigger pingpanda ...

#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

bool readOnlyNow(int fd)
{
    const char *trigger = getenv("PINGPANDA_FAULT_READONLY_WHEN");
    struct stat st;
    if (!trigger || stat(trigger, &st) != 0)
        return false;
    return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

template<typename F>
F real(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t n)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    if (readOnlyNow(fd)) {
        errno = EROFS;
        return -1;
    }
    return next(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    if (readOnlyNow(fd)) {
        errno = EROFS;
        return -1;
    }
    return next(fd, buf, n, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    if (readOnlyNow(fd)) {
        errno = EROFS;
        return -1;
    }
    return next(fd, buf, n, offset);
}

int ftruncate(int fd, off_t length)
{
    static const auto next = real<int (*)(int, off_t)>("ftruncate");
    if (readOnlyNow(fd)) {
        errno = EROFS;
        return -1;
    }
    return next(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    static const auto next = real<int (*)(int, off64_t)>("ftruncate64");
    if (readOnlyNow(fd)) {
        errno = EROFS;
        return -1;
    }
    return next(fd, length);
}

} // extern "C"
