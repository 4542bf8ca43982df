// CLI11 speaks English: its labels, its help and its failures, said in Dutch.
#include "cli/commands.hpp"

namespace tafel::cli {
namespace {

// CLI11 speaks English; say the same in Dutch.
std::string dutch_failure_sentence(const CLI::App* app, const CLI::Error& e) {
    std::string what = e.what();
    std::string name = e.get_name();
    std::string help = "Zie '" + app->get_name() + " --help'.";
    auto after_colon = [&]() {
        auto at = what.find(": ");
        return at == std::string::npos ? what : what.substr(at + 2);
    };
    if (name == "ExtrasError" || what.find("not expected") != std::string::npos)
        return "Onbekend argument: " + after_colon() + ". " + help + "\n";
    if (name == "ValidationError" && what.find("not in range") != std::string::npos) {
        return "Een waarde valt buiten het toegestane bereik of is geen getal (" + what.substr(0, what.find(':')) +
               "). " + help + "\n";
    }
    if (name == "RequiredError") {
        auto at = what.find(" is required");
        if (what.find("subcommand") != std::string::npos) return "Kies een opdracht. " + help + "\n";
        return "Verplicht onderdeel ontbreekt: " + (at == std::string::npos ? what : what.substr(0, at)) + ". " + help +
               "\n";
    }
    if (name == "ConversionError" || name == "ValidationError") {
        return "Ongeldige waarde bij " + what.substr(0, what.find(':')) + ". " + help + "\n";
    }
    if (name == "ArgumentMismatch") return "Bij een optie ontbreekt de waarde (" + what + "). " + help + "\n";
    return "De opdracht klopt niet. " + help + "\n";
}

std::string dutch_failure(const CLI::App* app, const CLI::Error& e) {
    return "tafelgesprek: " + dutch_failure_sentence(app, e);
}

}  // namespace

void speak_dutch(CLI::App& cli) {
    cli.allow_windows_style_options(false);  // "/map/bestand" is a path on every system, not an option
    cli.option_defaults()->group("Opties");
    cli.set_help_flag("-h,--help", "Toon deze hulp en stop");
    cli.failure_message(dutch_failure);
    auto formatter = cli.get_formatter();
    formatter->label("OPTIONS", "OPTIES");
    formatter->label("SUBCOMMANDS", "OPDRACHTEN");
    formatter->label("SUBCOMMAND", "OPDRACHT");
    formatter->label("POSITIONALS", "ARGUMENTEN");
    formatter->label("Usage", "Gebruik");
    formatter->label("REQUIRED", "VERPLICHT");
    formatter->label("TEXT", "TEKST");
    formatter->label("FLOAT", "GETAL");
    formatter->label("Positionals", "Argumenten");
    formatter->label("Options", "Opties");
    formatter->label("Subcommands", "Opdrachten");
    cli.require_subcommand(0, 1);
}

void add_global_options(CLI::App& cli, GlobalOptions& g) {
    cli.add_option("--windowed", g.windowed, "Open in een venster van BxH pixels in plaats van schermvullend");
    cli.add_option("--scale", g.scale,
                   "Grootte voor de groep bovenop de ingestelde dpi, 0.8 tot 1.5 (standaard zoals bewaard, anders 1)")
        ->check(CLI::Range(0.8, 1.5));
    cli.add_option("--dpi", g.dpi,
                   "Pixels per inch van dit scherm voor deze start (standaard zoals ingesteld met Grootte instellen)")
        ->check(CLI::Range(20.0, 300.0));
    cli.add_flag("--report-size", g.report_size, "Meld bij het stoppen met welke dpi en schaal er is getekend");
    cli.add_option("--report-target", g.report_target,
                   "Meld de rechthoek van dit doel (zoals 'button:Volgende stap') telkens als die verandert");
    cli.add_option("--assets", g.assets_dir, "Map met de inhoud (standaard assets/ van deze installatie)");
    cli.add_option("--sessions", g.sessions_dir, "Map met de sessiebestanden (standaard sessions/)");
    cli.add_option("--quit-after", g.quit_after_seconds, "Stop na zoveel seconden (voor metingen)")
        ->check(CLI::Range(0.0, 86400.0));
    cli.add_flag("--report-frames", g.report_frames, "Meld bij het stoppen hoeveel frames er zijn getekend");
    cli.add_option("--screenshot", g.screenshot,
                   "Schrijf bij het stoppen het laatste beeld als PNG (met --quit-after)");
}

}  // namespace tafel::cli
