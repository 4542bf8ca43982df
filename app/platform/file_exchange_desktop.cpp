#include <system_error>

#include "core/review/reports.hpp"
#include "platform/file_exchange.hpp"

namespace tafel {

bool files_are_downloads() { return false; }
void offer_download(const std::string&, const std::string&, const std::string&) {}
void pick_session_file() {}
bool take_picked_file(std::filesystem::path&) { return false; }

HandedOver hand_over_report(const std::filesystem::path& sessions_dir, const SessionMeta& meta,
                            const std::string& format, const std::string& bytes) {
    const std::filesystem::path written = write_report(reports_folder(sessions_dir), meta, format, bytes);
    // Where it went, in words a facilitator can find (no path in front of the room): the folder,
    // then the report's name (the session's title, school and date); "Map openen" shows the folder.
    return {"Opgeslagen in de map Verslagen bij de sessies, als " + written.filename().string() + ".",
            written.parent_path()};
}

}  // namespace tafel
