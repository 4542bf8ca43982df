#include "core/session/session_paths.hpp"

#include <algorithm>
#include <ctime>

#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "platform/os/files.hpp"

namespace tafel {
namespace {

// Why a file in the sessions folder does not open, in one sentence that names only the file.
// A file that loads after all (peeking is stricter, e.g. about a byte order mark) fills `listing`.
std::string why_not_openable(const std::filesystem::path& path, SessionListing& listing) {
    if (path.extension() != kSessionExtension) {
        return path.filename().string() + " is geen sessiebestand (" + kSessionExtension + ").";
    }
    try {
        Session session = load_session(path);
        listing.meta = session.meta();
        listing.event_count = session.events().size();
        return {};
    } catch (const UserError& e) {
        std::string message = e.what();
        for (size_t at = message.find(path.string()); at != std::string::npos; at = message.find(path.string(), at))
            message.replace(at, path.string().size(), path.filename().string());
        const std::string unchanged = " Er is niets aan het bestand veranderd.";
        if (message.size() > unchanged.size() && message.ends_with(unchanged))
            message.resize(message.size() - unchanged.size());
        return message;
    }
}

}  // namespace

std::vector<SessionListing> list_sessions(const std::filesystem::path& dir) {
    std::vector<std::pair<std::filesystem::file_time_type, SessionListing>> found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        // Hidden files are ours (a lock, a file being saved); every other file is shown.
        if (entry.path().filename().string().rfind('.', 0) == 0 || !entry.is_regular_file(ec)) continue;
        SessionListing listing;
        listing.path = entry.path();
        if (!peek_session_meta(entry.path(), listing.meta, listing.event_count)) {
            listing.problem = why_not_openable(entry.path(), listing);
        }
        found.emplace_back(entry.last_write_time(ec), listing);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.path < b.second.path;
    });
    std::vector<SessionListing> out;
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

std::filesystem::path new_session_path(const std::filesystem::path& dir, const std::string& kind) {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char day[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &local);
    std::string stem = std::string(day) + "-" + kind;
    std::error_code ec;
    std::filesystem::path path = dir / (stem + kSessionExtension);
    for (int n = 2; std::filesystem::exists(path, ec); ++n)
        path = dir / (stem + "-" + std::to_string(n) + kSessionExtension);
    return path;
}

std::filesystem::path move_to_trash(const std::filesystem::path& file) {
    namespace fs = std::filesystem;
    const fs::path trash = (file.parent_path().empty() ? fs::path(".") : file.parent_path()) / "Prullenbak";
    std::error_code ec;
    fs::create_directories(trash, ec);
    const std::string stem = file.stem().string(), extension = file.extension().string();
    for (int n = 1; n < 10000; ++n) {
        fs::path to = trash / (n == 1 ? file.filename().string() : stem + "-" + std::to_string(n) + extension);
        os::Result r = os::move_as_new(file, to);
        if (r) return to;
        if (r.failure != os::Failure::exists) {
            throw UserError("De sessie " + file.filename().string() + " kan niet naar de map " + trash.string() +
                            " worden verplaatst. Controleer de rechten in die map; de sessie is er nog.");
        }
    }
    throw UserError("De prullenbak " + trash.string() + " zit te vol met deze naam. Ruim die map op.");
}

std::filesystem::path prepare_demo(const std::filesystem::path& assets_dir, const std::filesystem::path& sessions_dir,
                                   const std::string& kind) {
    const std::string name = "demo-" + kind + kSessionExtension;
    std::filesystem::path bundled = assets_dir / "demo" / name;
    std::filesystem::path copy = sessions_dir / name;
    std::error_code ec;
    if (std::filesystem::exists(copy, ec)) return copy;
    if (!std::filesystem::exists(bundled, ec)) {
        throw UserError("De demosessie " + bundled.string() + " ontbreekt. Zet de map assets/demo terug.");
    }
    std::filesystem::create_directories(sessions_dir, ec);
    std::filesystem::copy_file(bundled, copy, ec);
    if (ec) {
        throw UserError("De demosessie kan niet naar " + copy.string() +
                        " worden gekopieerd. Controleer de rechten en de vrije ruimte in die map.");
    }
    return copy;
}

}  // namespace tafel
