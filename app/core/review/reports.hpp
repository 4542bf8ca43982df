#pragma once
// Reports and exports of a session as files: the text exports that the command line and the
// screen share, and the `Verslagen/` folder beside the sessions where the screen writes them,
// named after the session and never over an earlier report.
#include <filesystem>
#include <string>

#include "core/session/session.hpp"

namespace tafel {

// The formats by their command-line names: pdf, md, board-csv, actions-csv, arena-csv, png.
// md and the csv formats as text (pdf and png are made outside the core). Throws UserError
// (one Dutch sentence) for an unknown format or arena-csv of a Rondom Jong session.
std::string text_export(const Session& session, const SessionState& state, const std::string& format,
                        bool challenges_only = false);

// The folder for reports made on the screen: `Verslagen/` in the sessions folder.
std::filesystem::path reports_folder(const std::filesystem::path& sessions_dir);

// "Rondom Jong 01-12-2026 - De Baken - verslag.pdf": the session's title, its school and date
// when the title does not hold them, and what the file is; characters no file system takes
// become '-'.
std::string report_file_name(const SessionMeta& meta, const std::string& format);

// Writes `bytes` as a new file in `folder` (made when missing) named by report_file_name; when
// that name is taken, "-2", "-3"… before the extension. Atomic: a file either is there whole or
// not at all. Returns the path written. Throws UserError when it cannot be written.
std::filesystem::path write_report(const std::filesystem::path& folder, const SessionMeta& meta,
                                   const std::string& format, const std::string& bytes);

}  // namespace tafel
