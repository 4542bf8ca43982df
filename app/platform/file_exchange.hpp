#pragma once
// Files that the facilitator carries away or brings along. On the desktop sessions and reports
// are files already (sessions/, `export`), so there is nothing to do. In the browser the
// sessions live in the browser's storage: a session or a report is handed over as a download,
// and a session file is picked from the device (file_exchange_web.cpp).
#include <filesystem>
#include <string>

#include "core/session/session.hpp"

namespace tafel {

// True where sessions and reports have to be handed over as downloads (the browser).
bool files_are_downloads();

// Offers `bytes` as a download named `file_name` (a MIME type such as "application/pdf").
void offer_download(const std::string& file_name, const std::string& bytes, const std::string& mime);

// Where a report or export went: one Dutch sentence for the screen, and the folder that holds
// it (empty for a download, which the browser keeps in its own downloads).
struct HandedOver {
    std::string sentence;
    std::filesystem::path folder;
};

// Hands the bytes of a report or export (`format`: pdf, md, board-csv, actions-csv, arena-csv,
// png) of the session `meta` over to the facilitator, under report_file_name's clear name: on
// the desktop a new file in Verslagen/ beside the sessions, in the browser a download. Throws
// UserError when the file cannot be written.
HandedOver hand_over_report(const std::filesystem::path& sessions_dir, const SessionMeta& meta,
                            const std::string& format, const std::string& bytes);

// Asks the person to pick a session file on the device. When one was picked, the next
// take_picked_file returns true once, with the path of a copy in the page's own memory.
void pick_session_file();
bool take_picked_file(std::filesystem::path& path);

}  // namespace tafel
