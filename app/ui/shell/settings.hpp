#pragma once
// The size this machine was calibrated to, remembered in a small file in the user's config
// folder (platform/os decides where), so the next start draws at the same size.
#include <filesystem>
#include <string>

namespace tafel {

struct SizeSettings {
    float dpi = 0;       // pixels per inch of this panel; 0: not calibrated yet
    float scale = 1.0f;  // the room's preference on top: 100% reads from 1.5 m
};

std::filesystem::path settings_file();  // empty when there is no config folder
// Missing or unreadable file: the defaults (nothing to tell the room, the app still starts).
SizeSettings load_size_settings();
// Returns "" or a Dutch sentence.
std::string save_size_settings(const SizeSettings& settings);

inline constexpr float kMinDpi = 20.0f, kMaxDpi = 300.0f;
inline constexpr float kMinScale = 0.8f, kMaxScale = 1.5f;

}  // namespace tafel
