// Every text colour of the main screens against its background, by the WCAG 2 formula
// (computed here, independently of the app): at least 4.5:1 for all of them.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "ui/shell/style.hpp"

namespace {

double channel(std::uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(tafel::style::Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

double contrast(tafel::style::Rgb a, tafel::style::Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST(Style, WcagFormulaKnownValues) {
    EXPECT_NEAR(contrast({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(contrast({153, 153, 153}, {250, 247, 242}), 2.7, 0.1);  // ImGui's grey hint, before
}

TEST(Style, EveryTextPairIsAtLeast4_5To1) {
    const auto pairs = tafel::style::text_pairs();
    ASSERT_GE(pairs.size(), 25u);
    for (const auto& p : pairs) {
        const double ratio = contrast(p.text, p.background);
        std::printf("%-48s %5.2f:1\n", p.where.c_str(), ratio);
        EXPECT_GE(ratio, 4.5) << p.where;
    }
}
