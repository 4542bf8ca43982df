// A persona's picture through the real app: a good picture is shown; a missing, broken or huge
// one gives a message, the neutral placeholder and the persona still shows. Each case runs on a
// temporary copy of assets/ in which only mohammed.png differs.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <cstdint>
#include <cstdlib>
#include <functional>

#include "harness_support.hpp"

#include "../support/png_bytes.hpp"

using namespace tafel::harness;

using tafel::test::png_header_only;

namespace {

struct ScreenCount {
    bool loaded = false;
    long picture = 0;      // the shipped picture's teal ground
    long figure = 0;       // and its sand-coloured figure
    long placeholder = 0;  // the placeholder's grey-blue square
    long banner = 0;       // the message banner's background
    long dark = 0;         // text
};

bool near(const unsigned char* p, int r, int g, int b) {
    return std::abs(p[0] - r) <= 6 && std::abs(p[1] - g) <= 6 && std::abs(p[2] - b) <= 6;
}

ScreenCount count(const fs::path& png) {
    ScreenCount c;
    int w = 0, h = 0, channels = 0;
    unsigned char* px = stbi_load(png.c_str(), &w, &h, &channels, 3);
    if (!px) return c;
    c.loaded = w == 1920 && h == 1080;
    for (long i = 0; i < static_cast<long>(w) * h; ++i) {
        const unsigned char* p = px + i * 3;
        if (near(p, 46, 125, 120)) ++c.picture;
        if (near(p, 236, 222, 198)) ++c.figure;
        if (near(p, 215, 222, 230)) ++c.placeholder;
        if (near(p, 255, 237, 217)) ++c.banner;
        if (p[0] < 60 && p[1] < 60 && p[2] < 60) ++c.dark;
    }
    stbi_image_free(px);
    return c;
}

// Makes a copy of the assets, lets `spoil` change the picture, creates a new effectenarena
// session from it and opens the personas with `expectations` as script checks.
ScreenCount run_case(const std::string& name, const std::function<void(const fs::path&)>& spoil,
                     const std::string& expectations) {
    fs::path dir = temp_dir("persona-" + name);
    fs::path assets = dir / "assets";
    fs::copy(TAFEL_TEST_ASSETS_DIR, assets, fs::copy_options::recursive);
    spoil(assets / "effectenarena" / "personas" / "mohammed.png");
    fs::path session = dir / "s.tafel";
    RunOutcome r = run_app("new effectenarena --out " + quote(session.string()), dir, assets);
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
    write_file(dir / "p.jsonl", "{\"t\":0,\"type\":\"tap\",\"target\":\"button:Persona\"}\n" + expectations +
                                    "{\"t\":600,\"type\":\"wait\"}\n");
    r = run_app("play " + quote(session.string()) + " --input " + quote((dir / "p.jsonl").string()) + " --screenshot " +
                    quote((dir / "persona.png").string()),
                dir, assets);
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.out << r.err;
    ScreenCount c = count(dir / "persona.png");
    EXPECT_TRUE(c.loaded) << name;
    EXPECT_GT(c.dark, 5000) << name << ": the persona's name and texts are on screen";
    std::cout << name << ": picture " << c.picture << "/" << c.figure << ", placeholder " << c.placeholder
              << ", banner " << c.banner << "\n";
    if (!std::getenv("TAFEL_KEEP")) fs::remove_all(dir);
    return c;
}

const std::string kPlaceholderShown =
    "{\"t\":300,\"type\":\"expect\",\"target\":\"geen-foto:mohammed\"}\n"
    "{\"t\":300,\"type\":\"expect\",\"target\":\"button:Melding sluiten\"}\n";

void expect_placeholder_and_message(const ScreenCount& c, const std::string& name) {
    EXPECT_EQ(c.picture, 0) << name << ": no picture";
    EXPECT_GT(c.placeholder, 2 * 3000) << name << ": both personas show the placeholder";
    EXPECT_GT(c.banner, 10000) << name << ": the message is on screen";
}

}  // namespace

TEST(PersonaPicture, AGoodPictureIsShown) {
    ScreenCount c = run_case(
        "goed", [](const fs::path&) {}, "{\"t\":300,\"type\":\"expect\",\"target\":\"foto:mohammed\"}\n");
    EXPECT_GT(c.picture, 1000) << "Mohammed's picture: its ground";
    EXPECT_GT(c.figure, 1000) << "Mohammed's picture: its figure";
    EXPECT_GT(c.placeholder, 3000) << "Sara has no picture: the placeholder";
    EXPECT_EQ(c.banner, 0) << "no message";
}

TEST(PersonaPicture, AMissingPictureGivesAMessageAndThePlaceholder) {
    expect_placeholder_and_message(run_case(
                                       "weg", [](const fs::path& p) { fs::remove(p); }, kPlaceholderShown),
                                   "weg");
}

TEST(PersonaPicture, ACorruptPictureGivesAMessageAndThePlaceholder) {
    expect_placeholder_and_message(
        run_case(
            "kapot",
            [](const fs::path& p) { write_file(p, std::string("\x89PNG\r\n\x1a\n", 8) + "halverwege afgebroken"); },
            kPlaceholderShown),
        "kapot");
}

TEST(PersonaPicture, AHugePictureIsRefusedWithAMessage) {
    expect_placeholder_and_message(
        run_case(
            "reus", [](const fs::path& p) { write_file(p, png_header_only(9000, 9000)); }, kPlaceholderShown),
        "reus");
}
