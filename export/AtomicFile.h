// Writes a whole file or nothing: `<out>.tmp.<pid>` in the same folder, fsync, rename over `out`.
// On failure the temporary file is removed and any previous `out` is left as it was.
#pragma once

#include <filesystem>
#include <string_view>

#include "core/Result.h"

namespace newsgraph {

Status WriteFileAtomically(const std::filesystem::path& out, std::string_view content);

}  // namespace newsgraph
