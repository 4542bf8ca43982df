// Every card name of both decks, wrapped by the UI's own function at the card's text width in
// the card's own font: it breaks only at the places Dutch allows (after a space, "/" or "-",
// or at a soft hyphen from cards.json), every line fits the card's width without breaking a
// word elsewhere, and names of up to three lines fit inside the card's inner margin at the floor
// (capitals of 7 mm), for the panels schools have (40 and 59 DPI) and a laptop (96 DPI). Names
// that take four lines or more are printed; their cards grow (test_tall_cards.cpp).
#include <gtest/gtest.h>
#include <imgui.h>

#include <cstdio>
#include <set>

#include "core/rondomjong/board_layout.hpp"
#include "core/session/content.hpp"
#include "ui/rondomjong/board_drawing.hpp"
#include "ui/shell/metrics.hpp"
#include "ui/shell/widgets.hpp"

using namespace tafel;

namespace {

// The offsets in the plain name where a line may end: after a space, "/" or "-", and at a soft hyphen.
std::set<size_t> allowed_breaks(const std::string& marked) {
    std::set<size_t> allowed;
    size_t plain = 0;
    for (size_t i = 0; i < marked.size(); ++i) {
        if (marked.compare(i, 2, kSoftHyphen) == 0) {
            allowed.insert(plain);
            ++i;
            continue;
        }
        ++plain;
        if (marked[i] == ' ' || marked[i] == '/' || marked[i] == '-') allowed.insert(plain);
    }
    return allowed;
}

// Where each line but the last ends in `plain`; fails when the lines are not the name.
std::vector<size_t> break_offsets(const std::string& plain, const std::vector<std::string>& lines) {
    std::vector<size_t> ends;
    size_t at = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        if (plain.compare(at, line.size(), line) == 0) {
            at += line.size();
        } else {
            // A "-" drawn at a soft hyphen.
            EXPECT_EQ(line.back(), '-') << plain << " / " << line;
            EXPECT_EQ(plain.compare(at, line.size() - 1, line, 0, line.size() - 1), 0) << plain << " / " << line;
            at += line.size() - 1;
        }
        while (at < plain.size() && plain[at] == ' ') ++at;  // the space a line ends with is not drawn
        if (i + 1 < lines.size()) ends.push_back(at);
    }
    EXPECT_EQ(at, plain.size()) << plain;
    return ends;
}

// The smallest a card is drawn (capitals at the floor) in its narrowest text box: a card marked
// "nog niet betrokken" and "afwezig" keeps its red dot and grey strip clear.
struct SmallestCard {
    Metrics metrics;
    Fonts fonts;
    Box text;
    float size = 0;  // the card font's size there, in pixels
};
std::string build_smallest_card(float dpi, SmallestCard& c) {
    c.metrics.px_per_mm = dpi / 25.4f;
    const float mm = c.metrics.px_per_mm, scale = kLegibleTileScale;
    c.text = card_text_box({0, 0, kTileWidthMm * mm * scale, kTileHeightMm * mm * scale}, mm, scale, true, true);
    std::string problem = build_fonts(c.metrics, default_font_dir(), c.fonts);
    if (problem.empty()) c.size = c.fonts.card->FontSize * scale;
    return problem;
}

}  // namespace

TEST(CardWords, EveryCardNameBreaksOnlyAtAllowedPlacesAndFitsItsCard) {
    const Content content = load_content(TAFEL_TEST_ASSETS_DIR);
    const RondomJongContent& rj = content.rondomjong;
    ImGui::CreateContext();
    for (float dpi : {40.0f, 59.0f, 96.0f}) {
        SmallestCard c;
        ASSERT_EQ(build_smallest_card(dpi, c), "");
        const Metrics& m = c.metrics;
        const Fonts& fonts = c.fonts;
        const Box& text = c.text;
        const float size = c.size;
        EXPECT_GE(size * kCapitalsPerFontSize / m.px_per_mm, kCapitalsFloorMm - 0.01f);
        auto width_of = [&](const std::string& t) {
            return fonts.card->CalcTextSizeA(size, FLT_MAX, 0.0f, t.c_str()).x;
        };
        size_t most_lines = 0;
        for (const Deck& deck : rj.decks) {
            for (const std::string& name : deck.cards) {
                const std::string marked = rj.with_break_places(name);
                const std::vector<std::string> lines = wrap_card_text(width_of, text.w, marked, false);
                const std::set<size_t> allowed = allowed_breaks(marked);
                for (size_t end : break_offsets(name, lines)) {
                    EXPECT_TRUE(allowed.count(end)) << name << " breaks at " << end << " (" << dpi << " DPI)";
                }
                for (const std::string& line : lines) {
                    EXPECT_EQ(line.find(kSoftHyphen), std::string::npos) << name;
                    EXPECT_LE(width_of(line), text.w) << name << ": '" << line << "' is wider than its card";
                }
                if (lines.size() <= 3) {
                    EXPECT_LE(lines.size() * size, text.h)
                        << name << " does not fit its card in " << lines.size() << " lines (" << dpi << " DPI)";
                }
                most_lines = std::max(most_lines, lines.size());
                if (dpi == 40.0f && lines.size() >= 4) {
                    std::string shown;
                    for (const auto& l : lines) shown += (shown.empty() ? "" : " | ") + l;
                    std::printf("%zu lines: %s\n", lines.size(), shown.c_str());
                }
            }
        }
        std::printf("%.0f DPI: text box %.1f x %.1f mm, at most %zu lines\n", dpi, text.w / m.px_per_mm,
                    text.h / m.px_per_mm, most_lines);
    }
    ImGui::DestroyContext();
}

TEST(CardWords, ATypedNameWithoutBreakPlacesStillWraps) {
    // Blank cards have no soft hyphens: spaces and slashes first, a word wider than the line
    // broken with "-" only as a last resort, leaving at least four letters for the next line.
    auto width_of = [](const std::string& t) { return static_cast<float>(t.size()); };
    EXPECT_EQ(wrap_card_text(width_of, 10, "Buurthuis De Wissel", false),
              (std::vector<std::string>{"Buurthuis", "De Wissel"}));
    EXPECT_EQ(wrap_card_text(width_of, 10, "OUDERS/VERZORGERS", false),
              (std::vector<std::string>{"OUDERS/", "VERZORGERS"}));
    EXPECT_EQ(wrap_card_text(width_of, 10, "JEUGD\xC2\xADZORG\xC2\xADWERKER", false),
              (std::vector<std::string>{"JEUGDZORG-", "WERKER"}));
    // Where a word has no given place, it breaks where a Dutch syllable starts.
    EXPECT_EQ(wrap_card_text(width_of, 8, "STRAATHOEKWERKERS", true),
              (std::vector<std::string>{"STRAAT-", "HOEKWER-", "KERS"}));
    EXPECT_EQ(wrap_card_text(width_of, 10, "VERTROUWENSPERSOON", true),
              (std::vector<std::string>{"VERTROU-", "WENSPER-", "SOON"}));
    EXPECT_EQ(wrap_card_text(width_of, 9, "Gemeenschapshuis", true),
              (std::vector<std::string>{"Gemeen-", "schaps-", "huis"}));
    EXPECT_EQ(wrap_card_text(width_of, 10, "Jeugdverpleegkundige", true),
              (std::vector<std::string>{"Jeugdver-", "pleegkun-", "dige"}));
    EXPECT_EQ(wrap_card_text(width_of, 8, "Beschrijving", true), (std::vector<std::string>{"Be-", "schrij-", "ving"}));
    EXPECT_EQ(wrap_card_text(width_of, 8, "STRAATHOEKWERKERS", false), (std::vector<std::string>{"STRAATHOEKWERKERS"}));
}

TEST(CardWords, EveryCardNameStaysInsideItsCardEvenWhenItNeedsFourLines) {
    // A name that needs more lines than the card holds at the floor is drawn smaller rather than
    // over the card's edges onto the next card: every glyph the card's drawing makes lies in
    // its text box, at the smallest card on the panels schools have and on a laptop.
    const Content content = load_content(TAFEL_TEST_ASSETS_DIR);
    const RondomJongContent& rj = content.rondomjong;
    ImGui::CreateContext();
    for (float dpi : {40.0f, 59.0f, 96.0f}) {
        SmallestCard c;
        ASSERT_EQ(build_smallest_card(dpi, c), "");
        const Fonts& fonts = c.fonts;
        const Box& text = c.text;
        const float size = c.size;
        for (const Deck& deck : rj.decks) {
            for (const std::string& name : deck.cards) {
                ImDrawList list(ImGui::GetDrawListSharedData());
                list._ResetForNewFrame();
                list.PushClipRect(ImVec2(-1e4f, -1e4f), ImVec2(1e4f, 1e4f));
                list.PushTextureID(fonts.card->ContainerAtlas->TexID);
                draw_text_in_box(&list, fonts.card, size, ImVec2(text.x, text.y), ImVec2(text.right(), text.bottom()),
                                 IM_COL32_BLACK, rj.with_break_places(name), size);
                ASSERT_FALSE(list.VtxBuffer.empty()) << name;
                for (const ImDrawVert& v : list.VtxBuffer) {
                    ASSERT_GE(v.pos.x, text.x - 1) << name << " (" << dpi << " DPI)";
                    ASSERT_LE(v.pos.x, text.right() + 1) << name << " (" << dpi << " DPI)";
                    ASSERT_GE(v.pos.y, text.y - 1) << name << " (" << dpi << " DPI)";
                    ASSERT_LE(v.pos.y, text.bottom() + 1) << name << " (" << dpi << " DPI)";
                }
            }
        }
    }
    ImGui::DestroyContext();
}
