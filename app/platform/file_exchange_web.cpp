// Downloads and picked files in the browser. The page's JavaScript (web/tafel_hook.js) makes
// the download link and the file picker; a picked file is written into the page's memory
// (/picked/NAME) and announced through tafel_web_file_picked. Nothing leaves the device.
#include <emscripten.h>

#include "core/review/reports.hpp"
#include "platform/file_exchange.hpp"

namespace {
std::filesystem::path g_picked;
}

extern "C" EMSCRIPTEN_KEEPALIVE void tafel_web_file_picked(const char* path) { g_picked = path; }

namespace tafel {

bool files_are_downloads() { return true; }

void offer_download(const std::string& file_name, const std::string& bytes, const std::string& mime) {
    EM_ASM({ Module.tafelDownload(UTF8ToString($0), $1, $2, UTF8ToString($3)); }, file_name.c_str(), bytes.data(),
           bytes.size(), mime.c_str());
}

HandedOver hand_over_report(const std::filesystem::path&, const SessionMeta& meta, const std::string& format,
                            const std::string& bytes) {
    const std::string name = report_file_name(meta, format);
    const std::string mime = format == "pdf"   ? "application/pdf"
                             : format == "png" ? "image/png"
                             : format == "md"  ? "text/markdown"
                                               : "text/csv";
    offer_download(name, bytes, mime);
    return {"Gedownload als " + name + "; de browser zet het bij zijn downloads.", {}};
}

void pick_session_file() {
    EM_ASM({ Module.tafelPickFile(); });
}

bool take_picked_file(std::filesystem::path& path) {
    if (g_picked.empty()) return false;
    path = g_picked;
    g_picked.clear();
    return true;
}

}  // namespace tafel
