// Persona pictures without a window: the size limits, the scaling and the decoding that come
// before the GL upload.
#include <gtest/gtest.h>
#include <stb_image_write.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "platform/picture.hpp"

#include "../support/outcome_text.hpp"
#include "../support/png_bytes.hpp"

using namespace tafel;
namespace fs = std::filesystem;

using tafel::test::png_header_only;
using tafel::test::why;

namespace {

fs::path temp_dir() {
    fs::path dir = fs::temp_directory_path() / ("tafel-picture-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

void write(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

std::vector<unsigned char> solid(int w, int h, unsigned char r, unsigned char g, unsigned char b) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 4);
    for (size_t i = 0; i < px.size(); i += 4) {
        px[i] = r;
        px[i + 1] = g;
        px[i + 2] = b;
        px[i + 3] = 255;
    }
    return px;
}

}  // namespace

TEST(Picture, FittedSizeKeepsSmallPicturesAndTheAspectRatio) {
    EXPECT_EQ(fitted_size(800, 600).width, 800);
    EXPECT_EQ(fitted_size(800, 600).height, 600);
    EXPECT_EQ(fitted_size(1024, 1024).width, 1024);
    PictureSize s = fitted_size(4000, 3000);
    EXPECT_EQ(s.width, 1024);
    EXPECT_EQ(s.height, 768);
    s = fitted_size(3000, 6000);
    EXPECT_EQ(s.width, 512);
    EXPECT_EQ(s.height, 1024);
    s = fitted_size(8000, 1);  // a sliver never becomes 0 px
    EXPECT_EQ(s.width, 1024);
    EXPECT_EQ(s.height, 1);
    EXPECT_EQ(fitted_size(0, 10).width, 0);
}

TEST(Picture, TheLimits) {
    EXPECT_EQ(why(check_picture_file_size(20u * 1024u * 1024u)), "");
    EXPECT_NE(why(check_picture_file_size(20u * 1024u * 1024u + 1)), "");
    EXPECT_NE(why(check_picture_file_size(0)), "");
    EXPECT_EQ(why(check_picture_dimensions(8000, 8000)), "");
    EXPECT_NE(why(check_picture_dimensions(8001, 10)), "");
    EXPECT_NE(why(check_picture_dimensions(10, 8001)), "");
    EXPECT_NE(why(check_picture_dimensions(9000, 9000)).find("9000 × 9000"), std::string::npos);
    EXPECT_NE(why(check_picture_dimensions(0, 5)), "");
}

TEST(Picture, BoxFilterAveragesTheCoveredPixels) {
    // 4 x 2: left half black, right half white; down to 2 x 1 gives one black and one white pixel,
    // down to 1 x 1 gives grey.
    std::vector<unsigned char> px(4 * 2 * 4, 0);
    for (int y = 0; y < 2; ++y) {
        for (int x = 2; x < 4; ++x) {
            unsigned char* p = px.data() + (y * 4 + x) * 4;
            p[0] = p[1] = p[2] = 255;
        }
        for (int x = 0; x < 4; ++x) px[(y * 4 + x) * 4 + 3] = 255;
    }
    std::vector<unsigned char> two = scale_down_rgba(px.data(), 4, 2, 2, 1);
    ASSERT_EQ(two.size(), 8u);
    EXPECT_EQ(two[0], 0);
    EXPECT_EQ(two[4], 255);
    EXPECT_EQ(two[7], 255);
    std::vector<unsigned char> one = scale_down_rgba(px.data(), 4, 2, 1, 1);
    EXPECT_EQ(one[0], 128);
    EXPECT_EQ(one[3], 255);
    // A transparent pixel does not darken its neighbour's colour, only the alpha.
    unsigned char pair[8] = {200, 100, 50, 255, 0, 0, 0, 0};
    std::vector<unsigned char> mixed = scale_down_rgba(pair, 2, 1, 1, 1);
    EXPECT_EQ(mixed[0], 200);
    EXPECT_EQ(mixed[1], 100);
    EXPECT_EQ(mixed[3], 128);
}

TEST(Picture, DecodesPngAndJpegAndScalesDown) {
    fs::path dir = temp_dir();
    std::vector<unsigned char> px = solid(2000, 1000, 40, 120, 200);
    ASSERT_TRUE(stbi_write_png((dir / "big.png").string().c_str(), 2000, 1000, 4, px.data(), 2000 * 4));
    DecodedPicture pic;
    ASSERT_EQ(why(decode_picture(dir / "big.png", pic)), "");
    EXPECT_EQ(pic.original_width, 2000);
    EXPECT_EQ(pic.width, 1024);
    EXPECT_EQ(pic.height, 512);
    ASSERT_EQ(pic.rgba.size(), 1024u * 512u * 4u);
    EXPECT_EQ(pic.rgba[0], 40);
    EXPECT_EQ(pic.rgba[1], 120);
    EXPECT_EQ(pic.rgba[2], 200);

    std::vector<unsigned char> small = solid(30, 60, 200, 60, 20);
    ASSERT_TRUE(stbi_write_jpg((dir / "small.jpg").string().c_str(), 30, 60, 4, small.data(), 95));
    ASSERT_EQ(why(decode_picture(dir / "small.jpg", pic)), "");
    EXPECT_EQ(pic.width, 30);
    EXPECT_EQ(pic.height, 60);
    EXPECT_NEAR(pic.rgba[0], 200, 6);
    fs::remove_all(dir);
}

TEST(Picture, RefusesWhatItCannotShowWithAReason) {
    fs::path dir = temp_dir();
    DecodedPicture pic;
    EXPECT_EQ(why(decode_picture(dir / "er-is-niets.png", pic)), "het bestand bestaat niet");

    write(dir / "kapot.png", std::string("\x89PNG\r\n\x1a\n", 8) + "dit is geen plaatje");
    EXPECT_EQ(why(decode_picture(dir / "kapot.png", pic)), "het bestand is beschadigd of onvolledig");

    write(dir / "tekst.png", "gewoon tekst");
    EXPECT_EQ(why(decode_picture(dir / "tekst.png", pic)), "het is geen PNG- of JPEG-bestand");

    write(dir / "reus.png", png_header_only(9000, 9000));
    EXPECT_NE(why(decode_picture(dir / "reus.png", pic)).find("9000 × 9000"), std::string::npos);
    EXPECT_TRUE(pic.rgba.empty());

    // Over 20 MB: refused from the file size, before anything is read (a sparse file).
    write(dir / "zwaar.png", png_header_only(10, 10));
    fs::resize_file(dir / "zwaar.png", 21u * 1024u * 1024u);
    EXPECT_EQ(why(decode_picture(dir / "zwaar.png", pic)), "het bestand is groter dan 20 MB");

    EXPECT_EQ(picture_problem_sentence("Mohammed", "personas/foto.png", "het bestand bestaat niet"),
              "De foto van Mohammed (personas/foto.png) kan niet worden gelezen: het bestand bestaat niet. "
              "De persona wordt zonder foto getoond.");
    fs::remove_all(dir);
}
