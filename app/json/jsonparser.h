#pragma once

#include "domain/error.h"
#include "json/jsonvalue.h"

#include <QByteArrayView>
#include <QCoreApplication>

// A strict RFC 8259 parser: bytes in, an ordered JsonValue or an Error out. It is a pure function
// (no I/O, no global state) so that it can be fuzzed, and it refuses what Qt's parser lets
// through or loses: invalid UTF-8, lone surrogates, duplicate keys, unbounded nesting.
//
// Its messages stay in English, untranslated: they reach scripts through the Events API (the
// "detail" of a 400), whose wording is part of the API, not of the desktop's language.
class JsonParser
{

public:
    struct Options
    {
        int maxDepth = 64;
        bool rejectDuplicateKeys = true;
    };

    static Result<JsonValue> parse(QByteArrayView text) { return parse(text, Options {}); }
    static Result<JsonValue> parse(QByteArrayView text, Options options);

    // A field value as a person types it: a JSON number or true/false when it reads as one (so
    // that "49.99" is sent as 49.99), else the text itself.
    static JsonValue scalarFromText(const QString &text);
};
