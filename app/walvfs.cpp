#include "walvfs.h"

#include <sqlite3.h>

#include <cstddef>
#include <mutex>
#include <new>
#include <vector>

namespace {

sqlite3_vfs *g_base = nullptr; // SQLite's default layer, wrapped
sqlite3_vfs g_vfs;

// The log's layout (https://www.sqlite.org/fileformat2.html#walformat): a 32-byte header, then
// frames of a 24-byte header and a page. Bytes 4-7 of a frame header hold, for the frame that
// commits a transaction, the database's size in pages after it; zero for every other frame.
constexpr int LogHeaderSize = 32;
constexpr int FrameHeaderSize = 24;
// The most gathered into one write; a larger transaction goes out in writes of about this size.
// SQLite's own layer writes at most 128 KiB - 1 at a time (seekAndWriteFd), and a page is at most
// 64 KiB. A batch of the API's events is about 40 KiB.
constexpr std::size_t MaxGathered = std::size_t(64) << 10;

struct File
{
    sqlite3_file base {}; // first: SQLite sees a File as its sqlite3_file
    sqlite3_file *inner = nullptr; // the wrapped layer's file, in the same allocation
    bool log = false; // a write-ahead log, whose writes are gathered
    bool flushAfterNext = false; // the last write was the header of a commit frame
    sqlite3_int64 gatheredAt = 0;
    std::vector<unsigned char> gathered;
};

constexpr int innerOffset()
{
    constexpr std::size_t align = alignof(std::max_align_t);
    return int((sizeof(File) + align - 1) / align * align);
}

File *asFile(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file);
}

const sqlite3_io_methods &innerMethods(File *f)
{
    return *f->inner->pMethods;
}

// Writes what was gathered, at the place its first write was for.
int flush(File *f)
{
    if (f->gathered.empty())
        return SQLITE_OK;
    const int rc = innerMethods(f).xWrite(
        f->inner, f->gathered.data(), int(f->gathered.size()), f->gatheredAt);
    f->gathered.clear();
    return rc;
}

bool isCommitFrameHeader(const void *data, int amount, sqlite3_int64 offset)
{
    if (amount != FrameHeaderSize || offset < LogHeaderSize)
        return false;
    const auto *bytes = static_cast<const unsigned char *>(data);
    return (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
}

// A method of the wrapped file, with the same arguments; when `WriteOutFirst`, after writing
// what was gathered (everything that reads, syncs or sizes the file).
template<auto Method, bool WriteOutFirst, typename R, typename... Args>
R forward(sqlite3_file *file, Args... args)
{
    File *f = asFile(file);
    if constexpr (WriteOutFirst) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    return (innerMethods(f).*Method)(f->inner, args...);
}

int xClose(sqlite3_file *file)
{
    File *f = asFile(file);
    const int flushed = flush(f);
    const int closed = innerMethods(f).xClose(f->inner);
    f->~File();
    return flushed != SQLITE_OK ? flushed : closed;
}

int xWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    File *f = asFile(file);
    if (!f->log)
        return innerMethods(f).xWrite(f->inner, data, amount, offset);
    // Not where the gathered writes end (SQLite rewriting a frame it wrote before): what was
    // gathered goes first, so that the file sees the writes in their order. Also when this write
    // would make them longer than one write may be.
    if (!f->gathered.empty()
        && (offset != f->gatheredAt + sqlite3_int64(f->gathered.size())
            || f->gathered.size() + std::size_t(amount) > MaxGathered)) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (f->gathered.empty())
        f->gatheredAt = offset;
    try {
        const auto *bytes = static_cast<const unsigned char *>(data);
        f->gathered.insert(f->gathered.end(), bytes, bytes + amount);
    } catch (const std::bad_alloc &) {
        return SQLITE_IOERR_NOMEM;
    }
    // The page after a commit frame's header ends the transaction: out before SQLite syncs the
    // log or tells other connections the transaction is there.
    const bool now = f->flushAfterNext;
    f->flushAfterNext = isCommitFrameHeader(data, amount, offset);
    return now ? flush(f) : SQLITE_OK;
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    File *f = asFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    const int rc = innerMethods(f).xFileControl(f->inner, op, arg);
    if (op == SQLITE_FCNTL_VFSNAME && rc == SQLITE_OK) {
        // A layer names itself before the one it wraps ("pingpanda-wal/unix").
        char **name = static_cast<char **>(arg);
        *name = sqlite3_mprintf("%s/%z", WalVfs::Name, *name);
    }
    return rc;
}

int xShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **mapped)
{
    File *f = asFile(file);
    if (innerMethods(f).iVersion < 2 || !innerMethods(f).xShmMap)
        return SQLITE_IOERR;
    return innerMethods(f).xShmMap(f->inner, page, pageSize, extend, mapped);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    File *f = asFile(file);
    if (innerMethods(f).iVersion < 2 || !innerMethods(f).xShmLock)
        return SQLITE_IOERR;
    return innerMethods(f).xShmLock(f->inner, offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    File *f = asFile(file);
    if (innerMethods(f).iVersion >= 2 && innerMethods(f).xShmBarrier)
        innerMethods(f).xShmBarrier(f->inner);
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    File *f = asFile(file);
    if (innerMethods(f).iVersion < 2 || !innerMethods(f).xShmUnmap)
        return SQLITE_OK;
    return innerMethods(f).xShmUnmap(f->inner, deleteFlag);
}

int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **page)
{
    File *f = asFile(file);
    *page = nullptr; // "no mapping": SQLite reads instead
    if (innerMethods(f).iVersion < 3 || !innerMethods(f).xFetch)
        return SQLITE_OK;
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return innerMethods(f).xFetch(f->inner, offset, amount, page);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    File *f = asFile(file);
    if (innerMethods(f).iVersion < 3 || !innerMethods(f).xUnfetch)
        return SQLITE_OK;
    return innerMethods(f).xUnfetch(f->inner, offset, page);
}

const sqlite3_io_methods g_methods = {
    3, // iVersion
    xClose,
    forward<&sqlite3_io_methods::xRead, true>,
    xWrite,
    forward<&sqlite3_io_methods::xTruncate, true>,
    forward<&sqlite3_io_methods::xSync, true>,
    forward<&sqlite3_io_methods::xFileSize, true>,
    forward<&sqlite3_io_methods::xLock, false>,
    forward<&sqlite3_io_methods::xUnlock, false>,
    forward<&sqlite3_io_methods::xCheckReservedLock, false>,
    xFileControl,
    forward<&sqlite3_io_methods::xSectorSize, false>,
    forward<&sqlite3_io_methods::xDeviceCharacteristics, false>,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    File *f = new (file) File;
    f->inner = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + innerOffset());
    f->inner->pMethods = nullptr;
    f->log = (flags & SQLITE_OPEN_WAL) != 0;
    const int rc = g_base->xOpen(g_base, name, f->inner, flags, outFlags);
    // Whatever the outcome, SQLite closes the file if, and only if, it has methods.
    if (f->inner->pMethods) {
        f->base.pMethods = &g_methods;
    } else {
        f->~File();
        file->pMethods = nullptr;
    }
    return rc;
}

// The rest of the layer is SQLite's own.
template<auto Method, typename R, typename... Args>
R onBase(sqlite3_vfs *, Args... args)
{
    return (g_base->*Method)(g_base, args...);
}

} // namespace

bool WalVfs::install()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] {
        if (sqlite3_initialize() != SQLITE_OK)
            return;
        g_base = sqlite3_vfs_find(nullptr);
        if (!g_base)
            return;
        g_vfs = {};
        g_vfs.iVersion = g_base->iVersion;
        g_vfs.szOsFile = innerOffset() + g_base->szOsFile;
        g_vfs.mxPathname = g_base->mxPathname;
        g_vfs.zName = Name;
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = onBase<&sqlite3_vfs::xDelete>;
        g_vfs.xAccess = onBase<&sqlite3_vfs::xAccess>;
        g_vfs.xFullPathname = onBase<&sqlite3_vfs::xFullPathname>;
        if (g_base->xDlOpen)
            g_vfs.xDlOpen = onBase<&sqlite3_vfs::xDlOpen>;
        if (g_base->xDlError)
            g_vfs.xDlError = onBase<&sqlite3_vfs::xDlError>;
        if (g_base->xDlSym)
            g_vfs.xDlSym = onBase<&sqlite3_vfs::xDlSym>;
        if (g_base->xDlClose)
            g_vfs.xDlClose = onBase<&sqlite3_vfs::xDlClose>;
        g_vfs.xRandomness = onBase<&sqlite3_vfs::xRandomness>;
        g_vfs.xSleep = onBase<&sqlite3_vfs::xSleep>;
        g_vfs.xCurrentTime = onBase<&sqlite3_vfs::xCurrentTime>;
        if (g_base->xGetLastError)
            g_vfs.xGetLastError = onBase<&sqlite3_vfs::xGetLastError>;
        if (g_base->iVersion >= 2 && g_base->xCurrentTimeInt64)
            g_vfs.xCurrentTimeInt64 = onBase<&sqlite3_vfs::xCurrentTimeInt64>;
        if (g_base->iVersion >= 3) {
            if (g_base->xSetSystemCall)
                g_vfs.xSetSystemCall = onBase<&sqlite3_vfs::xSetSystemCall>;
            if (g_base->xGetSystemCall)
                g_vfs.xGetSystemCall = onBase<&sqlite3_vfs::xGetSystemCall>;
            if (g_base->xNextSystemCall)
                g_vfs.xNextSystemCall = onBase<&sqlite3_vfs::xNextSystemCall>;
        }
        installed = sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    });
    return installed;
}
