#pragma once

#include "apierror.h"

#include <QByteArrayView>

#include <optional>

namespace ContentType {

// A Content-Type, when given, must be JSON (application/json or application/*+json) in UTF-8:
// the 415 of the Events API and of hooks.
std::optional<ApiError> checkJson(QByteArrayView value);

} // namespace ContentType
