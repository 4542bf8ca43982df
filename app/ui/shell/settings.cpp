#include "ui/shell/settings.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

#include "platform/os/files.hpp"

namespace tafel {

std::filesystem::path settings_file() {
    std::filesystem::path dir = os::config_dir();
    return dir.empty() ? dir : dir / "grootte.txt";
}

SizeSettings load_size_settings() {
    SizeSettings s;
    const std::filesystem::path file = settings_file();
    if (file.empty()) return s;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        const std::string key = line.substr(0, eq);
        float value = 0;
        if (std::sscanf(line.c_str() + eq + 1, "%f", &value) != 1) continue;
        if (key == "dpi" && value >= kMinDpi && value <= kMaxDpi) s.dpi = value;
        if (key == "schaal" && value >= kMinScale - 0.001f && value <= kMaxScale + 0.001f) s.scale = value;
    }
    return s;
}

std::string save_size_settings(const SizeSettings& settings) {
    const std::filesystem::path file = settings_file();
    std::string problem = "De grootte kan niet worden bewaard; bij de volgende start stel je hem opnieuw in.";
    if (file.empty()) return problem;
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    char text[128];
    std::snprintf(text, sizeof text, "# Tafelgesprek: de grootte op dit scherm\ndpi=%.1f\nschaal=%.2f\n", settings.dpi,
                  settings.scale);
    const std::filesystem::path temp = file.string() + "." + std::to_string(os::process_number()) + ".tmp";
    if (!os::write_durably(temp, text)) return problem;
    if (!os::replace_with(temp, file)) return problem;
    return {};
}

}  // namespace tafel
