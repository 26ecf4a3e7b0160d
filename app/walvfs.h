#pragma once

// The file layer (VFS) every SQLite connection of this process opens through: SQLite's own,
// except that a transaction's pages go into the write-ahead log with one write, not two per page.
//
// SQLite writes each page of a commit to the log as two system calls, a 24-byte frame header and
// the page; a batch of the API's events is about ten pages, so some twenty writes a commit, each
// dear on a virtual machine. Here the log's writes are gathered while they follow one another and
// written out when the frame that ends the transaction (its header names the database's new size)
// has been added, before SQLite goes on to sync the log or to publish the transaction to other
// connections; and before anything else touches the log (a read, a sync, its size). A transaction
// larger than 64 KiB goes out in writes of that size. So what other connections and the disk see
// is what SQLite wrote, in the order it wrote it.
namespace WalVfs {

// Registers the layer as SQLite's default, once; later calls do nothing. False if SQLite has no
// default file layer to wrap (then connections use SQLite's own, unchanged).
bool install();

// The name the layer is registered under.
inline constexpr const char *Name = "pingpanda-wal";

} // namespace WalVfs
