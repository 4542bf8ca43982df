// tafelgesprek: the command line. The commands live in app/cli/, one file per group (the window,
// the session file, the overviews); here they are put together in the order `--help` shows them.
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "platform/os/process.hpp"

int main(int argc, char** argv) {
    using namespace tafel;
    using namespace tafel::cli;
    os::attach_to_console();
    // The command line as UTF-8 on every system (Windows: from the wide command line).
    std::vector<std::string> arguments = os::utf8_arguments(argc, argv);
    std::vector<char*> utf8_argv;
    for (std::string& a : arguments) utf8_argv.push_back(a.data());
    utf8_argv.push_back(nullptr);
    CLI::App cli{"Tafelgesprek: gesprekstafel voor Rondom Jong en de Effectenarena.", "tafelgesprek"};
    speak_dutch(cli);
    GlobalOptions g;
    add_global_options(cli, g);

    DemoCommand demo;
    OpenCommand open;
    NewCommand create;
    CheckCommand check;
    PlayCommand play;
    ExportCommand exp;
    BenchCommand bench;
    SummaryCommand summary;
    CompareCommand compare;
    demo.add(cli);
    open.add(cli);
    create.add(cli);
    check.add(cli);
    play.add(cli, g);
    exp.add(cli);
    bench.add(cli);
    summary.add(cli);
    compare.add(cli);
    for (CLI::App* sub :
         {demo.sub, open.sub, create.sub, check.sub, play.sub, exp.sub, bench.sub, summary.sub, compare.sub}) {
        sub->set_help_flag("-h,--help", "Toon deze hulp en stop");
        sub->group("Opdrachten");
    }

    try {
        cli.parse(static_cast<int>(arguments.size()), utf8_argv.data());
    } catch (const CLI::ParseError& e) {
        return cli.exit(e) == 0 ? 0 : 1;
    }

    if (*summary.sub) return summary.run();
    if (*compare.sub) return compare.run();
    if (*bench.sub) return bench.run(g);
    if (*create.sub) return create.run(g);
    if (*check.sub) return check.run();
    if (*exp.sub) return exp.run(g);
    if (*play.sub) return play.run(g);
    if (*open.sub) return open.run(g);
    return run_gui(g, "", demo.sub->parsed(), nullptr, false);
}
