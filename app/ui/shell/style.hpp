#pragma once
// The one palette of the app: the sizes (in millimetres) and the colours the screens draw
// with. Plain data, no ImGui, so a test can check every text colour against its background
// without a window (WCAG contrast, at least 4.5:1 for all text the room reads).
#include <cstdint>
#include <string>
#include <vector>

#include "core/rondomjong/board_layout.hpp"

namespace tafel::style {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};

// ImGui's packed colour (IM_COL32 layout: R in the low byte), without including ImGui.
constexpr std::uint32_t u32(Rgb c, std::uint8_t alpha = 255) {
    return static_cast<std::uint32_t>(c.r) | (static_cast<std::uint32_t>(c.g) << 8) |
           (static_cast<std::uint32_t>(c.b) << 16) | (static_cast<std::uint32_t>(alpha) << 24);
}

// ---- sizes (mm at the calibrated DPI) ----------------------------------------------------
// DejaVu Sans: capitals are 0.626 of ImGui's font size (ascent + descent), so 12 mm of font
// gives 7.5 mm capitals: readable from 1.5 m (about 1/200 of the distance).
// The card sizes are the layout's (core/rondomjong/board_layout.hpp): every card, party,
// answer and arena cards, uses kCardFontMm, and no card text goes below kCapitalsFloorMm.
using tafel::kCapitalsFloorMm;
using tafel::kCapitalsPerFontSize;
using tafel::kCardFontMm;
inline constexpr float kLargeFontMm = 8.0f;     // the current question and tallies
inline constexpr float kBodyFontMm = 4.5f;      // panels and buttons
inline constexpr float kDisplayFontMm = 16.0f;  // step titles and the clock, read from 4 m
inline constexpr float kTagMm = 6.5f;           // the height of a coloured tag on a card ("afwezig", "Trend")
inline constexpr float kTouchMm = 11.0f;        // smallest touch target: more than 10 mm
inline constexpr float kMarginMm = 3.0f;
inline constexpr float kGapMm = 2.5f;
inline constexpr float kRoundingMm = 1.5f;
inline constexpr float kEdgeMm = 0.8f;        // the coloured edge of a card
inline constexpr float kDeckStripeMm = 2.2f;  // the deck's stripe at the left of a card
inline constexpr float kTopBarMm = 17.0f;
inline constexpr float kLayerLabelMm = 8.0f;
// The effectenarena's answer cards, break-out zones and plenary.
inline constexpr float kInsetMm = 1.0f;          // the small gap inside a column or a card's foot row
inline constexpr float kAnswerTextMm = 3.5f;     // where an answer's text starts, past its question stripe
inline constexpr float kAnswerMinMm = 19.0f;     // the smallest answer card
inline constexpr float kGoalButtonMm = 52.0f;    // "Doel schrijven" beside a zone's goal
inline constexpr float kTurnButtonMm = 40.0f;    // "Draaien" of a zone
inline constexpr float kScrollSlopMm = 3.0f;     // a finger that moves further scrolls instead of tapping
inline constexpr float kPlenarySideMm = 175.0f;  // the optelsom and the tags beside the plenary columns

// ---- colours -----------------------------------------------------------------------------
inline constexpr Rgb kInk{26, 26, 31};        // body text
inline constexpr Rgb kCardInk{20, 20, 25};    // text on a card
inline constexpr Rgb kHint{84, 80, 74};       // hints, captions ("stap 3 van 11")
inline constexpr Rgb kPanel{250, 247, 242};   // panel background
inline constexpr Rgb kButton{204, 222, 237};  // button face
inline constexpr Rgb kButtonHover{184, 209, 232};
inline constexpr Rgb kButtonActive{148, 184, 219};
inline constexpr Rgb kBanner{255, 237, 217};  // a message that stays until it is closed
inline constexpr Rgb kCard{255, 255, 255};
inline constexpr Rgb kCardNotYet{250, 240, 240};  // a card marked "nog niet betrokken"
inline constexpr Rgb kNotYetInk{150, 20, 20};
inline constexpr Rgb kNotYetMark{200, 30, 30};
inline constexpr Rgb kAbsentTag{70, 70, 70};  // the "afwezig" tag, white text
inline constexpr Rgb kWhite{255, 255, 255};
inline constexpr Rgb kTrayBg{232, 228, 218};
inline constexpr Rgb kTrayInk{60, 55, 45};
inline constexpr Rgb kLayerInk{40, 40, 35};
inline constexpr Rgb kLayers[4] = {{214, 228, 200}, {200, 222, 236}, {246, 225, 190}, {240, 200, 196}};
inline constexpr Rgb kLayerEdge{120, 120, 110};
inline constexpr Rgb kCurrent{200, 90, 20};  // the current layer, the selected card
inline constexpr Rgb kSelected{230, 140, 0};
inline constexpr Rgb kDeckPrinted{30, 100, 140};
inline constexpr Rgb kDeckExtra{120, 90, 160};
inline constexpr Rgb kDeckBlank{110, 110, 110};
inline constexpr Rgb kActionButton{46, 125, 90};  // "+ Nieuwe actiekaart", white text
inline constexpr Rgb kFarSide{255, 250, 235};
inline constexpr Rgb kAnswerFoot{84, 80, 74};  // the small line under an answer card
inline constexpr Rgb kAnswerSelected{255, 244, 214};
inline constexpr Rgb kZoneA{240, 245, 252}, kZoneB{252, 245, 235};
inline constexpr Rgb kColumn{253, 252, 249}, kColumnEdge{180, 175, 165};  // a leefdomein column in a zone
// The four plenary tags each have a colour as well as a word (white text on each).
inline constexpr Rgb kTagTrend{35, 95, 160}, kTagProbleem{175, 35, 30}, kTagNodig{150, 80, 0},
    kTagConclusie{30, 110, 65};
Rgb tag_colour(const std::string& tag);
inline constexpr Rgb kQuestion1{40, 120, 80}, kQuestion2{40, 90, 160}, kQuestion3{200, 110, 20};
inline constexpr Rgb kClockOk{235, 240, 232}, kClockOkInk{30, 70, 40};
inline constexpr Rgb kClockOver{190, 35, 25};
inline constexpr Rgb kClockIdle{232, 232, 228}, kClockIdleInk{70, 70, 70};
inline constexpr Rgb kTitleInk{25, 35, 60};
// The arena canvas: its ground, its four zones (activiteiten, investeerders, effecten,
// incasseerders), the lines between cards and the ink of a zone's name and explanation.
inline constexpr Rgb kArenaGround{244, 242, 236};
inline constexpr Rgb kArenaZones[4] = {{220, 236, 222}, {222, 230, 244}, {248, 232, 210}, {240, 224, 236}};
inline constexpr Rgb kArenaLink{180, 60, 40};
inline constexpr Rgb kArenaZoneInk{40, 40, 40};
inline constexpr Rgb kArenaHint{84, 80, 74};
inline constexpr float kArenaLinkMm = 1.2f;    // a line between two cards
inline constexpr float kArenaHandleMm = 5.5f;  // the radius of the ✕ that takes a line away
inline constexpr float kArenaCardMm = 80.0f;   // the narrowest card on the canvas (and the tray's width)
// A persona's picture: its frame, and the drawn placeholder when there is none.
inline constexpr Rgb kPersonaFrame{150, 160, 170};
inline constexpr Rgb kPersonaPlaceholder{215, 222, 230};
inline constexpr Rgb kPersonaSilhouette{160, 172, 186};

// Every pair of text colour and background the main screens draw, for the contrast test.
struct TextPair {
    std::string where;
    Rgb text, background;
};
std::vector<TextPair> text_pairs();

}  // namespace tafel::style
