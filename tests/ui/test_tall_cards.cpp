// Cards grow instead of text shrinking: a name that needs four or five lines of the card font
// gets a taller card, and a full layer or a full tray still keeps every card at the floor
// (capitals of 7 mm) on the panels schools have. Measured with the app's own card font and the
// same line count the board asks for (card_name_lines), laid out by the board's own layout.
#include <gtest/gtest.h>
#include <imgui.h>

#include "../core/test_support.hpp"
#include "core/rondomjong/board_layout.hpp"
#include "ui/rondomjong/board_drawing.hpp"
#include "ui/shell/metrics.hpp"
#include "ui/shell/widgets.hpp"

using namespace tafel;
using test::must_record;

namespace {

struct Panel {
    float w, h, dpi;
};
constexpr Panel k55Inch{1920, 1080, 40};  // a 55" 1080p panel
constexpr Panel k75Inch{3840, 2160, 59};  // a 75" 4K panel

// The card font at a panel's DPI, as the app builds it.
struct CardFont {
    Metrics metrics;
    Fonts fonts;
    explicit CardFont(float dpi) {
        metrics.px_per_mm = dpi / 25.4f;
        EXPECT_EQ(build_fonts(metrics, default_font_dir(), fonts), "");
    }
    CardLines lines(const RondomJongContent& rj) const {
        return [this, &rj](const Tile& t) {
            const bool laid = !t.layer.empty();
            return card_name_lines(fonts.card, metrics.px_per_mm, rj.with_break_places(t.text),
                                   laid && t.not_yet_involved, laid && t.absent);
        };
    }
};

// A full layer: every printed card and five typed ones in `layer`, two long names marked, so
// their text box is at its narrowest.
Session full_layer(const std::string& layer) {
    Session s = test::new_session();
    std::vector<TileId> printed;
    for (const Tile& t : s.state().rondomjong.tiles) {
        if (s.state().rondomjong.tile_visible_in_tray(t)) printed.push_back(t.id);
    }
    for (TileId id : printed) must_record(s, CardMoved{id, layer});
    for (int i = 0; i < 5; ++i) {
        must_record(s, BlankCardCreated{s.state().rondomjong.next_tile_id(), "Buurthuis " + std::to_string(i), 0});
        must_record(s, CardMoved{s.state().rondomjong.tiles.back().id, layer});
    }
    for (const char* name : {"SCHOOLMAATSCHAPPELIJK WERKER", "INTERN BEGELEIDER/ZORGCOÖRDINATOR"}) {
        const TileId id = test::tile_named(s, name);
        must_record(s, CardMarked{id, "nog_niet_betrokken", true});
        must_record(s, CardMarked{id, "afwezig", true});
    }
    return s;
}

// No two cards overlap, and each lies in `area`.
void expect_apart_and_inside(const BoardLayout& L, const std::vector<TileId>& ids, const Box& area) {
    for (size_t i = 0; i < ids.size(); ++i) {
        const TilePlace* a = L.find(ids[i]);
        ASSERT_NE(a, nullptr);
        EXPECT_GE(a->box.x, area.x - 0.5f);
        EXPECT_GE(a->box.y, area.y - 0.5f);
        EXPECT_LE(a->box.right(), area.right() + 0.5f);
        EXPECT_LE(a->box.bottom(), area.bottom() + 0.5f) << "card " << ids[i] << " hangs out";
        for (size_t j = i + 1; j < ids.size(); ++j) EXPECT_FALSE(a->box.overlaps(L.find(ids[j])->box));
    }
}

// The name of `tile` fits its card in the place the layout gave it, in lines of at least the
// floor: what draw_text_in_box draws there without going under it.
void expect_name_at_the_floor(const CardFont& f, const RondomJongContent& rj, const Tile& tile, const TilePlace& p) {
    const bool laid = !tile.layer.empty();
    const float mm = f.metrics.px_per_mm;
    const Box text = card_text_box(p.box, mm, p.scale, laid && tile.not_yet_involved, laid && tile.absent);
    const float size = f.fonts.card->FontSize * p.scale;
    EXPECT_GE(size * kCapitalsPerFontSize / mm, kDrawnFloorMm - 0.01f) << tile.text;
    // The drawing's own first try: the places the text gives, no smaller than the floor.
    const FittedText fitted =
        fit_text(f.fonts.card, size, size, text.w, text.h, rj.with_break_places(tile.text), false);
    EXPECT_TRUE(fitted.fits) << tile.text << " in " << fitted.lines.size() << " lines";
    for (const std::string& l : fitted.lines) {
        EXPECT_LE(f.fonts.card->CalcTextSizeA(size, FLT_MAX, 0, l.c_str()).x, text.w) << tile.text << ": " << l;
    }
}

}  // namespace

TEST(TallCards, ALongNameGetsATallerCardNotSmallerLetters) {
    ImGui::CreateContext();
    {
        const RondomJongContent& rj = test::real_content().rondomjong;
        const CardFont f(k55Inch.dpi);
        const float mm = f.metrics.px_per_mm;
        auto lines_of = [&](const std::string& name) {
            return card_name_lines(f.fonts.card, mm, rj.with_break_places(name), false, false);
        };
        EXPECT_EQ(lines_of("MENTOR"), 1);
        const int nurse_lines = lines_of("JEUGDVERPLEEGKUNDIGE/JEUGDARTS");  // JEUGDVER- PLEEG- KUNDIGE/ JEUGDARTS
        EXPECT_GE(nurse_lines, 4);
        EXPECT_GE(lines_of("KERK, MOSKEE, SYNAGOGE OF ANDER GEBEDSHUIS"), 4);
        EXPECT_FLOAT_EQ(tile_height_mm(1), kTileHeightMm);
        EXPECT_FLOAT_EQ(tile_height_mm(5), kTileHeightMm + 2 * kCardFontMm);

        Session s = test::new_session();
        must_record(s, CardMoved{test::tile_named(s, "MENTOR"), "basis"});
        must_record(s, CardMoved{test::tile_named(s, "JEUGDVERPLEEGKUNDIGE/JEUGDARTS"), "basis"});
        const BoardLayout L = layout_board(s.state().rondomjong, rj, k55Inch.w, k55Inch.h, mm, 0, f.lines(rj));
        const TilePlace* mentor = L.find(test::tile_named(s, "MENTOR"));
        const TilePlace* nurse = L.find(test::tile_named(s, "JEUGDVERPLEEGKUNDIGE/JEUGDARTS"));
        ASSERT_TRUE(mentor && nurse);
        EXPECT_FLOAT_EQ(mentor->box.w, nurse->box.w);
        EXPECT_NEAR(nurse->box.h - mentor->box.h, (nurse_lines - kTileLines) * kCardFontMm * mm * nurse->scale, 1.0f);
        for (const Tile* t : s.state().rondomjong.tiles_in_layer("basis"))
            expect_name_at_the_floor(f, rj, *t, *L.find(t->id));
    }
    ImGui::DestroyContext();
}

TEST(TallCards, AFullLayerKeepsTheFloorOnPanels) {
    ImGui::CreateContext();
    for (const Panel& panel : {k55Inch, k75Inch}) {
        const CardFont f(panel.dpi);
        for (const char* layer : {"intensief", "extra", "basis", "fundament"}) {
            SCOPED_TRACE(std::string(layer) + " at " + std::to_string(panel.dpi) + " DPI");
            Session s = full_layer(layer);
            const RondomJongState& st = s.state().rondomjong;
            const RondomJongContent& rj = s.content().rondomjong;
            const BoardLayout L = layout_board(st, rj, panel.w, panel.h, f.metrics.px_per_mm, 30, f.lines(rj));
            std::vector<TileId> ids;
            for (const Tile* t : st.tiles_in_layer(layer)) ids.push_back(t->id);
            ASSERT_EQ(ids.size(), 30u);
            const LayerBand* band = nullptr;
            for (const LayerBand& b : L.bands) band = b.layer == layer ? &b : band;
            ASSERT_NE(band, nullptr);
            expect_apart_and_inside(L, ids, band->card_area);
            for (const Tile* t : st.tiles_in_layer(layer)) expect_name_at_the_floor(f, rj, *t, *L.find(t->id));
        }
    }
    ImGui::DestroyContext();
}

TEST(TallCards, AFullTrayKeepsTheFloorOnPanelsAndItsButtonsStayPut) {
    ImGui::CreateContext();
    for (const Panel& panel : {k55Inch, k75Inch}) {
        const CardFont f(panel.dpi);
        Session s = test::new_session();
        const RondomJongContent& rj = s.content().rondomjong;
        const BoardLayout before =
            layout_board(s.state().rondomjong, rj, panel.w, panel.h, f.metrics.px_per_mm, 30, f.lines(rj));
        must_record(s, DeckShown{"extra", true});  // the extra parties too, before any card is laid
        const RondomJongState& st = s.state().rondomjong;
        const BoardLayout L = layout_board(st, rj, panel.w, panel.h, f.metrics.px_per_mm, 30, f.lines(rj));
        std::vector<TileId> ids;
        for (const Tile& t : st.tiles) ids.push_back(t.id);
        ASSERT_EQ(L.tiles.size(), ids.size());
        expect_apart_and_inside(L, ids, L.tray_cards);
        for (const Tile& t : st.tiles) expect_name_at_the_floor(f, rj, t, *L.find(t.id));
        // The tray may take a fourth column, but "Extra partijen verbergen" stays where
        // "Extra partijen tonen" was.
        EXPECT_FLOAT_EQ(L.tray_footer.x, before.tray_footer.x);
        EXPECT_FLOAT_EQ(L.tray_footer.w, before.tray_footer.w);
        EXPECT_FLOAT_EQ(L.tray_footer.y, before.tray_footer.y);
    }
    ImGui::DestroyContext();
}
