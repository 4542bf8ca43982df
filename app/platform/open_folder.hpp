#pragma once
// Showing a folder in the platform's file manager, where there is one (Linux: xdg-open).
#include <filesystem>

namespace tafel {

// True when this machine has a way to open a folder for the user.
bool can_open_folder();

// Opens `folder` in the file manager, without waiting for it. False when it could not be started;
// never throws.
bool open_folder(const std::filesystem::path& folder);

}  // namespace tafel
