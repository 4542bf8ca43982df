// What every command of the command line uses: failing in Dutch, paths, sizes, exports.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "core/effectenarena/arena_exports.hpp"
#include "core/review/reports.hpp"
#include "core/rondomjong/exports.hpp"
#include "core/session/user_error.hpp"
#include "platform/os/process.hpp"
#include "platform/os/utf8_path.hpp"
#include "report/pdf_report.hpp"

namespace tafel::cli {

int fail(const std::string& sentence) {
    std::cerr << "tafelgesprek: " << sentence << "\n";
    return 1;
}

fs::path path_arg(const std::string& utf8) { return os::utf8_path(utf8); }

fs::path assets_dir(const GlobalOptions& g) {
    if (!g.assets_dir.empty()) return path_arg(g.assets_dir);
    if (fs::path env = os::environment_path("TAFEL_ASSETS"); !env.empty()) return env;
    return os::default_assets_dir();
}

fs::path sessions_dir(const GlobalOptions& g) {
    if (!g.sessions_dir.empty()) return path_arg(g.sessions_dir);
    if (fs::path env = os::environment_path("TAFEL_SESSIONS"); !env.empty()) return env;
    return os::default_sessions_dir();
}

bool parse_size(const std::string& text, int& width, int& height) {
    char x = 0, extra = 0;
    std::istringstream in(text);
    if (!(in >> width >> x >> height) || (x != 'x' && x != 'X') || (in >> extra)) return false;
    return width >= 320 && height >= 240 && width <= 16384 && height <= 16384;
}

std::string read_text_file(const fs::path& path, const std::string& what) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) throw UserError(what + " " + path.string() + " bestaat niet.");
    if (fs::file_size(path, ec) > 16 * 1024 * 1024)
        throw UserError(what + " " + path.string() + " is groter dan 16 MB.");
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

std::string render_export(const Session& session, const SessionState& state, const std::string& format,
                          const fs::path& assets, bool challenges_only) {
    if (format == "pdf") return pdf_report(session, state, {assets / "effectenarena" / "personas", assets});
    return text_export(session, state, format, challenges_only);
}

}  // namespace tafel::cli
