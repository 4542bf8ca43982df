// The fit check of a frame's targets (what `expect_fits` in a play script reports): what lies
// outside the window, what a panel cut off, and buttons that lie on one another in one layer.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ui/shell/targets.hpp"

namespace {

using tafel::Targets;

bool says(const std::vector<std::string>& problems, const std::string& text) {
    for (const std::string& p : problems)
        if (p == text) return true;
    return false;
}

TEST(FitCheck, AFrameThatHoldsHasNothingToSay) {
    Targets t;
    t.add("button:Vorige stap", {10, 1000, 300, 1070});
    t.add("button:Volgende stap", {310, 1000, 600, 1070});
    t.add("card:MENTOR", {100, 100, 300, 200});
    t.add("layer:fundament", {0, 50, 800, 400});  // a card lies on its layer: no buttons
    EXPECT_TRUE(tafel::fit_problems(t, 1920, 1080).empty());
}

TEST(FitCheck, ATargetOutsideTheWindowOrCutOffIsNamed) {
    Targets t;
    t.add("button:Sterke basis", {1800, 900, 1990, 960});
    t.add_cut("button:Naar beginscherm (tekst)");
    const auto problems = tafel::fit_problems(t, 1920, 1080);
    EXPECT_TRUE(says(problems, "button:Sterke basis valt buiten het scherm"));
    EXPECT_TRUE(says(problems, "button:Naar beginscherm (tekst) valt deels weg"));
    EXPECT_EQ(problems.size(), 2u);
}

TEST(FitCheck, ButtonsOnOneAnotherCountInOneLayerAndOverTheSizePanel) {
    Targets t;
    t.add("option:Nodig", {100, 100, 300, 160});
    t.add("button:Verslag maken", {200, 130, 600, 190});  // the screen's own buttons overlap
    t.add("key:A", {120, 110, 160, 150}, 7);              // a sheet over the screen: by design
    t.add("button:Laptop", {1000, 100, 1200, 160}, Targets::kOverAll);
    t.add("button:Ongedaan bovenkant", {1100, 120, 1300, 180}, 9);  // a box of a side over the size panel
    const auto problems = tafel::fit_problems(t, 1920, 1080);
    EXPECT_TRUE(says(problems, "option:Nodig ligt over button:Verslag maken"));
    EXPECT_TRUE(says(problems, "button:Laptop ligt over button:Ongedaan bovenkant"));
    EXPECT_EQ(problems.size(), 2u);
}

}  // namespace
