#include "core/review/reports.hpp"

#include "core/effectenarena/arena_exports.hpp"
#include "core/rondomjong/exports.hpp"
#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"

namespace tafel {
namespace {

struct FormatName {
    const char* format;
    const char* what;  // after the session's name
    const char* extension;
};

constexpr FormatName kFormats[] = {
    {"pdf", "verslag", ".pdf"},          {"md", "verslag", ".md"},
    {"board-csv", "kaarten", ".csv"},    {"actions-csv", "actieplan", ".csv"},
    {"arena-csv", "antwoorden", ".csv"}, {"png", "bord", ".png"},
};

const FormatName* find_format(const std::string& format) {
    for (const FormatName& f : kFormats) {
        if (format == f.format) return &f;
    }
    return nullptr;
}

// Keeps letters (also é, ë…), digits, spaces and simple punctuation; what a file system refuses becomes '-'.
std::string safe_for_file_name(const std::string& text) {
    std::string out;
    for (unsigned char c : text) {
        const bool refused = c < 32 || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
                             c == '<' || c == '>' || c == '|';
        out += refused ? '-' : static_cast<char>(c);
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
    while (!out.empty() && (out.front() == ' ' || out.front() == '.')) out.erase(out.begin());
    if (out.size() > 120) {
        out.resize(120);  // and drop a character that the cut split
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
        if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80)) out.pop_back();
    }
    return out;
}

}  // namespace

std::string text_export(const Session& session, const SessionState& state, const std::string& format,
                        bool challenges_only) {
    const bool arena = session.meta().kind == kKindEffectenarena;
    if (format == "md")
        return arena ? export_arena_markdown(session, state, challenges_only) : export_markdown(session, state);
    if (format == "arena-csv") {
        if (!arena)
            throw UserError("arena-csv is er alleen voor een effectenarena; dit is een sessie " +
                            kind_name_nl(session.meta().kind) + ".");
        return export_arena_csv(session, state);
    }
    if (format == "board-csv") return export_board_csv(session, state);
    if (format == "actions-csv") return export_actions_csv(session, state);
    throw UserError("Onbekend exportformaat '" + format + "'. Kies md, pdf, arena-csv, board-csv, actions-csv of png.");
}

std::filesystem::path reports_folder(const std::filesystem::path& sessions_dir) { return sessions_dir / "Verslagen"; }

std::string report_file_name(const SessionMeta& meta, const std::string& format) {
    const FormatName* f = find_format(format);
    std::string name = meta.title.empty() ? kind_name_nl(meta.kind) : meta.title;
    if (!meta.school.empty() && name.find(meta.school) == std::string::npos) name += " - " + meta.school;
    if (!meta.date.empty() && name.find(meta.date) == std::string::npos) name += " - " + meta.date;
    name = safe_for_file_name(name);
    if (name.empty()) name = "sessie";
    return name + " - " + (f ? f->what : "export") + (f ? f->extension : ".txt");
}

std::filesystem::path write_report(const std::filesystem::path& folder, const SessionMeta& meta,
                                   const std::string& format, const std::string& bytes) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec && !std::filesystem::is_directory(folder)) {
        throw UserError("De map " + folder.string() +
                        " voor de verslagen kan niet worden gemaakt. Controleer de rechten en de vrije ruimte.");
    }
    const std::filesystem::path first = folder / report_file_name(meta, format);
    const std::string stem = first.stem().string(), extension = first.extension().string();
    for (int n = 1; n < 10000; ++n) {
        std::filesystem::path path = n == 1 ? first : folder / (stem + "-" + std::to_string(n) + extension);
        if (create_file_atomically(path, bytes)) return path;
    }
    throw UserError("In " + folder.string() + " staan te veel verslagen met deze naam. Ruim de map op.");
}

}  // namespace tafel
