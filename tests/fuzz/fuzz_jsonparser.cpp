// libFuzzer target: the strict JSON parser. Whatever the bytes, it answers a value or an error,
// never crashes; a value it accepts is written back and parsed again to the same JSON.

#include "json/jsonparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<JsonValue> parsed = JsonParser::parse(input);
    if (!parsed)
        return 0;
    const QByteArray written = parsed->toJson();
    const Result<JsonValue> again = JsonParser::parse(written);
    if (!again || again->toJson() != written)
        std::abort(); // what we write, we must read back unchanged
    return 0;
}
