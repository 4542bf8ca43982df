// The commands on one session file: new, check and export (every format but png, which the
// window draws: window_commands.cpp).
#include <iostream>

#include "cli/commands.hpp"
#include "core/effectenarena/arena_exports.hpp"
#include "core/session/dates.hpp"
#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"

namespace tafel::cli {

void NewCommand::add(CLI::App& cli) {
    sub = cli.add_subcommand("new", "Maak een nieuwe sessie (overschrijft nooit een bestaand bestand)");
    sub->add_option("KIND", kind, "rondomjong of effectenarena")
        ->required()
        ->check(CLI::IsMember({"rondomjong", "effectenarena"}));
    sub->add_option("--out", out, "Het nieuwe sessiebestand")->required();
    sub->add_option("--title", title, "Titel van de sessie");
    sub->add_option("--school", school, "Naam van de school");
    sub->add_option("--facilitator", facilitator, "Naam van de gespreksleider");
    sub->add_option("--date", date, "Datum van de bijeenkomst, dd-mm-jjjj (standaard vandaag)");
}

int NewCommand::run(const GlobalOptions& g) const {
    try {
        // --date: a meeting held earlier (on paper) can be entered afterwards with its own date.
        if (!date.empty() && !is_valid_date(date)) {
            return fail("--date verwacht een datum als dd-mm-jjjj, bijvoorbeeld 15-03-2027, niet '" + date + "'.");
        }
        Content content = load_content(assets_dir(g));
        SessionMeta meta;
        meta.kind = kind;
        meta.title = title.empty() ? kind_name_nl(kind) + " " + today_dd_mm_yyyy() : title;
        meta.school = school;
        meta.facilitator = facilitator;
        meta.date = date.empty() ? today_dd_mm_yyyy() : date;
        if (title.empty()) meta.title = kind_name_nl(kind) + " " + meta.date;
        meta.created_at_ms = now_ms();
        create_session_file(Session(meta, content, {}), path_arg(out));
        std::cout << "Nieuwe sessie " << kind_name_nl(kind) << " opgeslagen in " << out << "\n";
        return 0;
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

void CheckCommand::add(CLI::App& cli) {
    sub = cli.add_subcommand("check", "Lees en controleer een sessiebestand; meldt een samenvatting");
    sub->add_option("FILE", file, "Het sessiebestand")->required();
}

int CheckCommand::run() const {
    try {
        std::string note;  // a journal line cut short by a crash, left out
        Session session = load_session(path_arg(file), &note);
        if (!note.empty()) std::cerr << "tafelgesprek: " << note << "\n";
        const SessionState& s = session.state();
        std::cout << kind_name_nl(session.meta().kind) << " · " << session.events().size() << " gebeurtenissen · ";
        if (session.meta().kind == kKindEffectenarena) {
            std::cout << arena_counts_nl(arena_counts(s.effectenarena)) << std::endl;
        } else {
            size_t placed = 0;
            for (const Tile& t : s.rondomjong.tiles) placed += t.layer.empty() ? 0 : 1;
            std::cout << placed << " kaarten gelegd · " << s.rondomjong.actions.size() << " actiekaarten" << std::endl;
        }
        if (!std::cout) return fail("De samenvatting kan niet worden geschreven (de uitvoer is vol of gesloten).");
        return 0;
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

void ExportCommand::add(CLI::App& cli) {
    sub = cli.add_subcommand("export", "Exporteer een sessie");
    sub->add_option("FILE", file, "Het sessiebestand")->required();
    sub->add_option("--format", format, "md, pdf, arena-csv (effectenarena), board-csv, actions-csv of png")
        ->required();
    sub->add_option("--out", out, "Het exportbestand")->required();
    sub->add_option("--size", size, "Maat van de afbeelding bij png, BxH (standaard 1920x1080)");
    sub->add_option("--at", at, "Exporteer de stand na de eerste N gebeurtenissen (standaard: alles)");
    sub->add_flag("--challenges-only", challenges_only,
                  "Alleen bij md van een effectenarena: alleen de uitkomsten Probleem en Nodig");
}

int ExportCommand::run(GlobalOptions& g) const {
    if (format == "png") return run_png(g);
    try {
        if (same_file(path_arg(file), path_arg(out)))
            return fail("Het exportbestand mag niet het sessiebestand zelf zijn. Kies een andere naam bij --out.");
        Session session = load_session(path_arg(file));
        // --at N: the session as it stood after its first N events.
        if (!at.empty()) session = session_until(session, parse_at(at, session.events().size()));
        const SessionState& state = session.state();
        std::string text = render_export(session, state, format, assets_dir(g), challenges_only);
        // Atomically: a failure half-way leaves an earlier export as it was.
        write_file_atomically(path_arg(out), text);
        return 0;
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

}  // namespace tafel::cli
