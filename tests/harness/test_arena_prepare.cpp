// The preparation of an effectenarena through the real app and its touch path: a script
// changes the programme, adds a leefdomein on the on-screen keyboard, makes three groups,
// writes a new persona (partly on the on-screen keyboard, partly on a physical one), gives it
// to group 3 and starts. The saved file, read back with the core, holds exactly that, and once
// started the preparation no longer changes.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <algorithm>
#include <cstdlib>

#include "core/session/session_file.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

bool full_hd_picture(const fs::path& png) {
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &w, &h, &channels, 3);
    if (!pixels) return false;
    stbi_image_free(pixels);
    return w == 1920 && h == 1080;
}

// The screenshots stay in TAFEL_SCREENSHOTS (a folder) when it is set, to look at them.
void keep(const fs::path& png) {
    if (const char* dir = std::getenv("TAFEL_SCREENSHOTS"))
        fs::copy_file(png, fs::path(dir) / png.filename(), fs::copy_options::overwrite_existing);
}

template <class T> size_t count_events(const tafel::Session& s) {
    return static_cast<size_t>(std::count_if(s.events().begin(), s.events().end(), [](const tafel::Event& e) {
        return std::holds_alternative<T>(e.payload);
    }));
}

}  // namespace

TEST(ArenaPrepare, TheHostPreparesProgrammeLeefdomeinenGroupsAndAPersonaThenStarts) {
    fs::path dir = temp_dir("arena-prepare");
    fs::path session = dir / "voorbereid.tafel";
    ASSERT_EQ(run_app("new effectenarena --out " + quote(session.string()), dir).exit_code, 0);
    RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote(script("arena_prepare.jsonl").string()) +
                    " --screenshot " + quote((dir / "voorbereiding-vast.png").string()),
                dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(full_hd_picture(dir / "voorbereiding-vast.png"));
    keep(dir / "voorbereiding-vast.png");

    const tafel::Session s = tafel::load_session(session);
    const tafel::EffectenarenaState& ea = s.state().effectenarena;
    // The programme: the first break-out five minutes longer, every later start after it.
    ASSERT_EQ(ea.steps.size(), 9u);
    EXPECT_EQ(ea.steps[4].id, "breakout1");
    EXPECT_EQ(ea.steps[4].minutes, 35);
    EXPECT_EQ(ea.steps[0].minutes, 30) << "after the start '+5' is disabled";
    EXPECT_EQ(ea.steps[4].start, "16:00");
    EXPECT_EQ(ea.steps[8].start, "17:30");
    EXPECT_EQ(ea.leefdomeinen, (std::vector<std::string>{"School", "Gezin", "Straat en buurt / vrije tijd", "Online"}));
    ASSERT_EQ(ea.groups.size(), 3u);
    EXPECT_EQ(ea.groups[0].persona, "mohammed");
    EXPECT_EQ(ea.groups[1].persona, "sara");
    EXPECT_EQ(ea.groups[2].persona, "fatima");
    const tafel::Persona* fatima = ea.persona_of_group(3);
    ASSERT_NE(fatima, nullptr);
    EXPECT_EQ(fatima->name, "Fatima");
    EXPECT_EQ(fatima->age, 15);
    EXPECT_EQ(fatima->title, "zegt weinig maar ziet alles");
    EXPECT_EQ(fatima->picture, "");
    ASSERT_EQ(fatima->sections.size(), 2u);
    EXPECT_EQ(fatima->sections[0].heading, "Thuis");
    EXPECT_EQ(fatima->sections[0].text, "Fatima zorgt na school voor haar zusjes.");
    EXPECT_EQ(fatima->sections[1].heading, "School");
    EXPECT_EQ(fatima->sections[1].text, "Ze is moe.");
    // One event per change; after the start the taps on the fixed preparation recorded nothing.
    EXPECT_TRUE(ea.started);
    EXPECT_EQ(ea.current_step, 1);
    EXPECT_EQ(count_events<tafel::ArenaProgrammeSet>(s), 1u);
    EXPECT_EQ(count_events<tafel::ArenaLeefdomeinenSet>(s), 1u);
    EXPECT_EQ(count_events<tafel::ArenaGroupsSet>(s), 2u);
    EXPECT_EQ(count_events<tafel::ArenaPersonaSet>(s), 1u);
    EXPECT_EQ(count_events<tafel::Undo>(s), 0u) << "after the start undo does not reach back into the preparation";
    EXPECT_TRUE(std::holds_alternative<tafel::ArenaStepChanged>(s.events().back().payload));
    // And the exports name the new persona for its group.
    ASSERT_EQ(run_app("export " + quote(session.string()) + " --format md --out " + quote((dir / "a.md").string()), dir)
                  .exit_code,
              0);
    EXPECT_NE(read_file(dir / "a.md").find("## Groep 3: Fatima, 15 jaar — zegt weinig maar ziet alles"),
              std::string::npos)
        << read_file(dir / "a.md");
    if (!std::getenv("TAFEL_SCREENSHOTS")) fs::remove_all(dir);
}

TEST(ArenaPrepare, ScreenshotsOfThePreparationAndThePersonaEditorWithItsKeyboard) {
    fs::path dir = temp_dir("arena-prepare-shots");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new effectenarena --out " + quote(session.string()), dir).exit_code, 0);
    // A new session opens on its preparation.
    write_file(dir / "open.jsonl",
               "{\"t\":0,\"type\":\"wait\"}\n"
               "{\"t\":300,\"type\":\"expect\",\"target\":\"option:soort-5-breakout\"}\n"
               "{\"t\":300,\"type\":\"expect\",\"target\":\"option:persona-groep2-sara\"}\n"
               "{\"t\":600,\"type\":\"wait\"}\n");
    RunOutcome r = run_app("play " + quote(session.string()) + " --input " + quote((dir / "open.jsonl").string()) +
                               " --screenshot " + quote((dir / "voorbereiding.png").string()),
                           dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(full_hd_picture(dir / "voorbereiding.png"));
    keep(dir / "voorbereiding.png");
    // The persona editor on Mohammed, his picture chosen, typing in the second part.
    write_file(dir / "persona.jsonl",
               "{\"t\":0,\"type\":\"wait\"}\n"
               "{\"t\":300,\"type\":\"tap\",\"target\":\"button:Persona bewerken-mohammed\"}\n"
               "{\"t\":600,\"type\":\"expect\",\"target\":\"option:foto-mohammed.png\"}\n"
               "{\"t\":600,\"type\":\"tap\",\"target\":\"option:deel-2\"}\n"
               "{\"t\":800,\"type\":\"tap\",\"target\":\"field:tekst-2\"}\n"
               "{\"t\":1000,\"type\":\"tap\",\"target\":\"key:Shift\"}\n"
               "{\"t\":1300,\"type\":\"wait\"}\n");
    r = run_app("play " + quote(session.string()) + " --input " + quote((dir / "persona.jsonl").string()) +
                    " --screenshot " + quote((dir / "persona-bewerken.png").string()),
                dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(full_hd_picture(dir / "persona-bewerken.png"));
    keep(dir / "persona-bewerken.png");
    // Nothing was changed, so nothing was recorded (not even when the app stopped with the sheet open).
    EXPECT_TRUE(tafel::load_session(session).events().empty());
    if (!std::getenv("TAFEL_SCREENSHOTS")) fs::remove_all(dir);
}

TEST(ArenaPrepare, ABrokenPictureChosenInTheEditorGivesTheMessageAndThePersonaIsKept) {
    fs::path dir = temp_dir("arena-prepare-picture");
    fs::path assets = dir / "assets";
    fs::copy(TAFEL_TEST_ASSETS_DIR, assets, fs::copy_options::recursive);
    write_file(assets / "effectenarena" / "personas" / "kapot.png", "geen png");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new effectenarena --out " + quote(session.string()), dir, assets).exit_code, 0);
    write_file(dir / "p.jsonl",
               "{\"t\":0,\"type\":\"wait\"}\n"
               "{\"t\":300,\"type\":\"tap\",\"target\":\"button:Nieuwe persona\"}\n"
               "{\"t\":600,\"type\":\"text\",\"text\":\"Noor\"}\n"
               "{\"t\":800,\"type\":\"tap\",\"target\":\"option:foto-kapot.png\"}\n"
               "{\"t\":1100,\"type\":\"expect\",\"target\":\"button:Melding sluiten\"}\n"
               "{\"t\":1100,\"type\":\"tap\",\"target\":\"button:Opslaan\"}\n"
               "{\"t\":1400,\"type\":\"wait\"}\n");
    RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote((dir / "p.jsonl").string()), dir, assets);
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const tafel::Session s = tafel::load_session(session);
    const tafel::Persona* noor = s.state().effectenarena.find_persona("noor");
    ASSERT_NE(noor, nullptr);
    EXPECT_EQ(noor->picture, "kapot.png") << "the choice is kept; the persona shows with the placeholder";
    EXPECT_TRUE(noor->sections.empty());
    fs::remove_all(dir);
}
