// The commands over several sessions: summary and compare (Rondom Jong only).
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "core/review/overview.hpp"
#include "core/review/reports.hpp"
#include "core/session/dates.hpp"
#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"

namespace tafel::cli {
namespace {

// Reads the sessions for summary and compare; Effectenarena sessions are left out with a notice.
std::vector<Session> load_rondomjong_sessions(const std::vector<std::string>& files) {
    std::vector<Session> sessions;
    for (const std::string& file : files) {
        Session session = load_session(path_arg(file));
        if (session.meta().kind != kKindRondomJong) {
            std::cerr << "tafelgesprek: " << file << " is een " << kind_name_nl(session.meta().kind)
                      << "-sessie en telt niet mee in dit overzicht.\n";
            continue;
        }
        sessions.push_back(std::move(session));
    }
    return sessions;
}

int write_output(const std::string& text, const std::string& out) {
    if (out.empty()) {
        std::cout << text << std::flush;
        if (!std::cout) return fail("Het overzicht kan niet worden geschreven (de uitvoer is vol of gesloten).");
        return 0;
    }
    std::ofstream o(path_arg(out), std::ios::binary | std::ios::trunc);
    o << text;
    o.close();
    if (!o) return fail("Het bestand " + out + " kan niet worden geschreven. Controleer de map en de vrije ruimte.");
    return 0;
}

}  // namespace

void SummaryCommand::add(CLI::App& cli) {
    sub = cli.add_subcommand("summary",
                             "Overzicht over meerdere Rondom Jong-sessies (partijen per laag, acties per school)");
    sub->add_option("FILE", files, "De sessiebestanden")->required();
    sub->add_option("--format", format, "text (standaard) of csv");
    sub->add_option("--today", today, "Peildatum voor 'over tijd', dd-mm-jjjj (standaard vandaag)");
    sub->add_option("--out", out, "Schrijf naar dit bestand in plaats van naar het scherm");
}

int SummaryCommand::run() const {
    try {
        if (format != "text" && format != "csv")
            return fail("Onbekend formaat '" + format + "' voor summary. Kies text of csv.");
        if (!today.empty() && !is_valid_date(today)) {
            return fail("--today verwacht een datum als dd-mm-jjjj, bijvoorbeeld 01-03-2027, niet '" + today + "'.");
        }
        for (const std::string& f : files) {
            if (!out.empty() && same_file(path_arg(f), path_arg(out)))
                return fail("Het uitvoerbestand mag geen van de sessiebestanden zijn. Kies een andere naam bij --out.");
        }
        std::vector<Session> sessions = load_rondomjong_sessions(files);
        if (sessions.empty())
            return fail("Er zit geen Rondom Jong-sessie bij de opgegeven bestanden; er is niets om samen te vatten.");
        const std::string today_text = today.empty() ? today_dd_mm_yyyy() : today;
        Summary s = summarize(sessions, date_sort_key(today_text));
        const Content& content = sessions.front().content();
        return write_output(format == "csv" ? summary_csv(s, content) : summary_text(s, content, today_text), out);
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

void CompareCommand::add(CLI::App& cli) {
    sub = cli.add_subcommand("compare", "Vergelijk twee Rondom Jong-sessies van een school (eerder en later)");
    sub->add_option("EERDER", before, "De eerdere sessie")->required();
    sub->add_option("LATER", after, "De latere sessie")->required();
}

int CompareCommand::run() const {
    try {
        std::vector<Session> sessions = load_rondomjong_sessions({before, after});
        if (sessions.size() != 2) return fail("Vergelijken kan alleen tussen twee Rondom Jong-sessies.");
        return write_output(comparison_text(compare_sessions(sessions[0], sessions[1]), sessions[0], sessions[1]), "");
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

}  // namespace tafel::cli
