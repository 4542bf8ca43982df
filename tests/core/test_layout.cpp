#include <gtest/gtest.h>

#include "core/rondomjong/board_layout.hpp"
#include "test_support.hpp"

using namespace tafel;
using test::must_record;

namespace {
constexpr float kPxPerMm = 96.0f / 25.4f;        // a desk screen: too small for every card at the floor
constexpr float k55InchPxPerMm = 40.0f / 25.4f;  // a 55" 1080p panel
constexpr float k75InchPxPerMm = 59.0f / 25.4f;  // a 75" 4K panel

// Every card of `layer` in the layout, with its scale.
std::vector<const TilePlace*> tiles_of(const Session& s, const BoardLayout& L, const std::string& layer) {
    std::vector<const TilePlace*> out;
    for (const Tile* t : s.state().rondomjong.tiles_in_layer(layer)) out.push_back(L.find(t->id));
    return out;
}

Session full_layer(const std::string& layer) {
    Session s = test::new_session();
    for (TileId id = 1; id <= 25; ++id) must_record(s, CardMoved{id, layer});
    for (int i = 0; i < 5; ++i) {
        must_record(s, BlankCardCreated{s.state().rondomjong.next_tile_id(), "Partij " + std::to_string(i), 0});
        must_record(s, CardMoved{s.state().rondomjong.tiles.back().id, layer});
    }
    return s;
}

void expect_no_overlap_and_inside(const BoardLayout& L, const std::string& layer, size_t expected) {
    std::vector<const TilePlace*> in_layer;
    const LayerBand* band = nullptr;
    for (const LayerBand& b : L.bands) {
        if (b.layer == layer) band = &b;
    }
    ASSERT_NE(band, nullptr);
    for (const TilePlace& t : L.tiles) {
        if (band->card_area.contains(t.box.x + 1, t.box.y + 1)) in_layer.push_back(&t);
    }
    ASSERT_EQ(in_layer.size(), expected);
    for (size_t i = 0; i < in_layer.size(); ++i) {
        const Box& a = in_layer[i]->box;
        EXPECT_GE(a.x, band->card_area.x - 0.5f);
        EXPECT_LE(a.right(), band->card_area.right() + 0.5f);
        EXPECT_LE(a.bottom(), band->card_area.bottom() + 0.5f) << "card " << i << " hangs out of " << layer;
        // Every card lies inside the trapezoid, so no label is cut off by the slanted edge.
        EXPECT_TRUE(band->contains(a.x, a.y) && band->contains(a.right() - 1, a.bottom() - 1));
        for (size_t j = i + 1; j < in_layer.size(); ++j) {
            EXPECT_FALSE(a.overlaps(in_layer[j]->box)) << "cards " << i << " and " << j << " overlap";
        }
    }
}
}  // namespace

TEST(Layout, AFullLayerArrangesEveryCardReadableAndApart) {
    Session s = test::new_session();
    for (TileId id = 1; id <= 25; ++id) must_record(s, CardMoved{id, "basis"});
    for (int i = 0; i < 5; ++i) {
        must_record(s, BlankCardCreated{s.state().rondomjong.next_tile_id(), "Partij " + std::to_string(i), 0});
        must_record(s, CardMoved{s.state().rondomjong.tiles.back().id, "basis"});
    }
    BoardLayout L = layout_board(s.state().rondomjong, s.content().rondomjong, 1920, 1080, kPxPerMm);
    expect_no_overlap_and_inside(L, "basis", 30);
    for (const TilePlace& t : L.tiles) EXPECT_GE(t.scale, kMinTileScale);
}

TEST(Layout, AFewCardsKeepFullSize) {
    Session s = test::new_session();
    must_record(s, CardMoved{1, "intensief"});
    must_record(s, CardMoved{2, "intensief"});
    BoardLayout L = layout_board(s.state().rondomjong, s.content().rondomjong, 1920, 1080, k55InchPxPerMm);
    expect_no_overlap_and_inside(L, "intensief", 2);
    EXPECT_FLOAT_EQ(L.find(1)->scale, 1.0f);
}

TEST(Layout, EveryLayerAt4kWithManyCards) {
    Session s = test::new_session();
    const char* layers[] = {"fundament", "basis", "extra", "intensief"};
    for (TileId id = 1; id <= 25; ++id) must_record(s, CardMoved{id, layers[id % 4]});
    BoardLayout L = layout_board(s.state().rondomjong, s.content().rondomjong, 3840, 2160, 2 * kPxPerMm);
    expect_no_overlap_and_inside(L, "fundament", 6);
    expect_no_overlap_and_inside(L, "basis", 7);
    expect_no_overlap_and_inside(L, "extra", 6);
    expect_no_overlap_and_inside(L, "intensief", 6);
}

TEST(Layout, TheTrayHoldsEveryCardNotLaid) {
    Session s = test::new_session();
    must_record(s, CardMoved{3, "basis"});
    BoardLayout L = layout_board(s.state().rondomjong, s.content().rondomjong, 1920, 1080, kPxPerMm);
    int in_tray = 0;
    for (const TilePlace& t : L.tiles) in_tray += L.tray_cards.contains(t.box.x + 1, t.box.y + 1) ? 1 : 0;
    EXPECT_EQ(in_tray, 24);
    must_record(s, DeckShown{"extra", true});
    L = layout_board(s.state().rondomjong, s.content().rondomjong, 1920, 1080, kPxPerMm);
    in_tray = 0;
    for (const TilePlace& t : L.tiles) {
        in_tray += L.tray_cards.contains(t.box.x + 1, t.box.y + 1) ? 1 : 0;
        EXPECT_LE(t.box.bottom(),
                  L.tray_cards.bottom() + 1 + (L.tray_cards.contains(t.box.x + 1, t.box.y + 1) ? 0 : 10000));
    }
    EXPECT_EQ(in_tray, 24 + static_cast<int>(s.content().rondomjong.decks[1].cards.size()));
}

TEST(Layout, GridFitShrinksOnlyAsFarAsNeeded) {
    Box area{0, 0, 400, 200};
    EXPECT_FLOAT_EQ(fit_grid(std::vector<float>(2, 60), area, 150, 10).scale, 1.0f);
    GridFit many = fit_grid(std::vector<float>(40, 60), area, 150, 10);
    EXPECT_LT(many.scale, 1.0f);
    EXPECT_GE(many.scale, kMinTileScale);
}

// At the size the panel really has, a full layer keeps its capitals at 7 mm or more: the
// layer grows (the pyramid follows its cards) instead of the cards shrinking.
TEST(Layout, AFullIntensiefLayerKeepsSevenMillimetreCapitalsOnPanels) {
    struct Panel {
        float w, h, px_per_mm;
    };
    for (Panel p : {Panel{1920, 1080, k55InchPxPerMm}, Panel{3840, 2160, k75InchPxPerMm}}) {
        for (const char* layer : {"intensief", "basis", "fundament", "extra"}) {
            Session s = full_layer(layer);
            BoardLayout L = layout_board(s.state().rondomjong, s.content().rondomjong, p.w, p.h, p.px_per_mm);
            expect_no_overlap_and_inside(L, layer, 30);
            for (const TilePlace* t : tiles_of(s, L, layer)) {
                const float capitals_mm = kCardFontMm * kCapitalsPerFontSize * t->scale;
                EXPECT_GE(capitals_mm, 7.0f) << layer << " at " << p.w << "x" << p.h;
            }
        }
    }
}

TEST(Layout, ALayerGrowsAsItFillsUp) {
    Session few = test::new_session();
    must_record(few, CardMoved{1, "intensief"});
    Session full = full_layer("intensief");
    auto height_of = [](const BoardLayout& L) {
        for (const LayerBand& b : L.bands) {
            if (b.layer == "intensief") return b.bottom_y - b.top_y;
        }
        return 0.0f;
    };
    BoardLayout a = layout_board(few.state().rondomjong, few.content().rondomjong, 1920, 1080, k55InchPxPerMm);
    BoardLayout b = layout_board(full.state().rondomjong, full.content().rondomjong, 1920, 1080, k55InchPxPerMm);
    EXPECT_GT(height_of(b), 1.5f * height_of(a));
}

TEST(Layout, TheTrayKeepsEveryCardAtTheFloorAndA4kPanelUsesItsSpace) {
    Session s = test::new_session();
    BoardLayout hd = layout_board(s.state().rondomjong, s.content().rondomjong, 1920, 1080, k55InchPxPerMm);
    BoardLayout uhd = layout_board(s.state().rondomjong, s.content().rondomjong, 3840, 2160, k75InchPxPerMm);
    for (const BoardLayout* L : {&hd, &uhd}) {
        ASSERT_EQ(L->tiles.size(), 25u);
        for (const TilePlace& t : L->tiles) {
            EXPECT_GE(kCardFontMm * kCapitalsPerFontSize * t.scale, 7.0f);
            EXPECT_LE(t.box.bottom(), L->tray_cards.bottom() + 1);
        }
    }
    // The same millimetres are more pixels on the 4K panel: the cards use the space.
    EXPECT_GT(uhd.tiles[0].box.w, 1.4f * hd.tiles[0].box.w);
}
