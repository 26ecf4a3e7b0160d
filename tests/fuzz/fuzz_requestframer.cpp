// libFuzzer target: the connection guard's framing (RequestFramer), which reads every byte a
// local process sends before QHttpServer does. Whatever the bytes, and however they are split
// into reads, it finds the same requests and the same refusal; a request's end never comes
// before its headers, and nothing is found after a refusal.

#include "requestframer.h"

#include <QList>

#include <cstdint>
#include <cstdlib>

namespace {

// What was found, as text that two runs can be compared by.
QByteArray describe(const QList<RequestFramer::Found> &found)
{
    using Kind = RequestFramer::Found::Kind;
    QByteArray out;
    for (const RequestFramer::Found &f : found) {
        switch (f.kind) {
        case Kind::Headers:
            out += 'H';
            out += f.request.head ? 'h' : '-';
            out += f.request.closeAfter ? 'c' : '-';
            out += f.request.expectsContinue ? 'e' : '-';
            break;
        case Kind::End:
            out += 'E';
            break;
        case Kind::Refusal:
            out += 'R' + QByteArray::number(f.refusal->status());
            break;
        }
        out += ' ';
    }
    return out;
}

// Feeds `data` in pieces of `step` bytes (0: at once) and checks the order of what it finds.
QByteArray frame(QByteArrayView data, qsizetype step)
{
    ServerLimits limits;
    limits.maxHeaderBytes = 512; // small limits, so that the fuzzer reaches them
    limits.maxBodyBytes = 256;
    RequestFramer framer(limits);
    QList<RequestFramer::Found> found;
    if (step == 0) {
        found = framer.feed(data);
    } else {
        for (qsizetype at = 0; at < data.size(); at += step)
            found += framer.feed(data.sliced(at, qMin(step, data.size() - at)));
    }
    int open = 0;
    bool refused = false;
    for (const RequestFramer::Found &f : found) {
        if (refused)
            std::abort(); // nothing after a refusal
        switch (f.kind) {
        case RequestFramer::Found::Kind::Headers:
            if (open != 0)
                std::abort(); // a request's headers before the previous one ended
            ++open;
            break;
        case RequestFramer::Found::Kind::End:
            if (open != 1)
                std::abort();
            --open;
            break;
        case RequestFramer::Found::Kind::Refusal:
            if (!f.refusal || f.refusal->status() < 400)
                std::abort();
            refused = true;
            break;
        }
    }
    if (refused != framer.refused())
        std::abort();
    return describe(found);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray whole = frame(bytes, 0);
    for (qsizetype step : {1, 2, 7, 64}) {
        if (frame(bytes, step) != whole)
            std::abort(); // the same bytes in other reads found something else
    }
    return 0;
}
