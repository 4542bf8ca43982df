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

// ---- the shell and the review screens (ui/shell, ui/review) --------------------------------
// ImGui's own spacing (apply_style); kRoundingMm rounds its frames.
inline constexpr float kWindowPaddingMm = 4.0f;
inline constexpr float kFramePaddingMm = 3.0f;
inline constexpr float kItemSpacingMm = 3.0f;
inline constexpr float kItemInnerSpacingMm = 2.0f;
inline constexpr float kScrollbarMm = 8.0f;  // also the grab of a slider
inline constexpr float kWindowRoundingMm = 2.0f;
inline constexpr float kTouchSlackMm = 1.0f;  // a finger just beside a button still hits it
inline constexpr float kFrameBorderMm = 0.25f;
inline constexpr float kDragSlopMm = 3.0f;  // a finger moved this far scrolls instead of tapping
inline constexpr Rgb kFrameBorder{140, 140, 128};
inline constexpr float kFrameBorderAlpha = 0.6f;
// Messages: the banner at the top and the short note after an undo.
inline constexpr float kBannerTopMm = 6.0f, kBannerMaxWidthMm = 260.0f, kBannerWrapMarginMm = 8.0f;
inline constexpr float kUndoNoteTopMm = 24.0f;
inline constexpr Rgb kUndoNote{56, 66, 82};  // white text
inline constexpr float kUndoNoteAlpha = 0.92f;
inline constexpr Rgb kReportButton{158, 214, 163};  // Verslag maken
// A page with one column in the middle (start screen, compare): at most this wide, with a margin.
inline constexpr float kColumnMm = 220.0f, kColumnMarginMm = 20.0f;
inline constexpr float kSectionGapMm = 4.0f;       // between groups of buttons
inline constexpr float kRowGapMm = 2.0f;           // below a row or a block of a list
inline constexpr float kStartRowButtonMm = 34.0f;  // Wijzigen, Verwijderen beside a session
inline constexpr float kStartRowPaddingMm = 3.0f;  // added to the two lines of a session row
inline constexpr float kStartFooterMm = 14.0f;     // kept free below the list for Grootte instellen
// Sheets (ui/shell/sheet.cpp): paper, shadow, buttons, fields, choices and keys.
inline constexpr float kSheetRoundingMm = 3.0f, kSheetShadowMm = 1.5f, kSheetBorderMm = 0.5f;
inline constexpr float kSheetEdgeGapMm = 2.0f;  // between a sheet and the edge of the screen
inline constexpr float kSheetLineMm = 0.3f;     // the outline of a button, a field or a choice
inline constexpr float kSheetFocusLineMm = 0.6f, kCaretMm = 0.5f, kKeyLineMm = 0.25f, kKeyGapMm = 1.2f;
inline constexpr float kFieldInsetXMm = 1.5f, kFieldInsetYMm = 1.2f;  // text inside a field
inline constexpr std::uint8_t kSheetShadowAlpha = 60;
inline constexpr Rgb kBlack{0, 0, 0};
inline constexpr Rgb kSheetPaper{255, 253, 246}, kSheetBorder{120, 110, 90};
inline constexpr Rgb kSheetButton{205, 222, 236}, kSheetButtonLit{60, 110, 150}, kSheetButtonEdge{90, 120, 150},
    kSheetButtonInk{20, 30, 40};
inline constexpr Rgb kFieldLabel{70, 60, 50}, kFieldInk{15, 15, 15}, kFieldEdge{150, 150, 150},
    kFieldFocus{40, 110, 170};
inline constexpr Rgb kChoice{235, 235, 228}, kChoiceEdge{110, 110, 100}, kKeyInk{20, 20, 20};
inline constexpr Rgb kKey{238, 236, 230}, kKeyEdge{140, 135, 125};
// What is drawn on a sheet (details, follow-up): the inside margin and the rows.
inline constexpr float kSheetPadMm = 4.0f;
inline constexpr float kSheetHeadingMm = 8.0f;  // the heading line, above the first field
inline constexpr float kSheetColumnGapMm = 3.0f;
inline constexpr float kSheetFieldMm = 14.0f, kSheetRowMm = 16.0f;  // a field with its label, and the step to the next
inline constexpr float kSheetButtonMm = 12.0f;                      // Opslaan and its neighbour
inline constexpr float kSheetButtonRowMm = 15.0f;                   // from those buttons to the keyboard
inline constexpr float kSheetProblemMm = 7.0f;                      // the line that says what to change
inline constexpr float kDateButtonsMm = 11.0f;
inline constexpr float kSheetLabelLineMm = 6.0f;  // a label above a row of choices
inline constexpr Rgb kSheetInk{40, 40, 40}, kSheetLabel{90, 80, 70};
inline constexpr Rgb kProblemInk{180, 30, 30};  // what to change, on a sheet
inline constexpr Rgb kOverdueInk{191, 26, 26};  // "over tijd" in the action plan
inline constexpr Rgb kWarningInk{179, 64, 13};  // "sessies van verschillende scholen"
inline constexpr Rgb kAsideInk{84, 84, 92};     // secondary, but still read from across the table
inline constexpr Rgb kNewCardInk{30, 90, 60};   // the heading of a new action card
// The details sheet.
inline constexpr float kDetailsSheetMm = 190.0f;  // square
inline constexpr float kDetailsDateFieldMm = 48.0f;
// Review: the timeline below the board or the arena, and the strip of events above it.
inline constexpr float kTimelineMm = 38.0f, kEventStripMm = 12.0f;
inline constexpr float kTimelineEndButtonMm = 22.0f;  // Begin, Einde
inline constexpr float kTimelinePrevButtonMm = 45.0f, kTimelineNextButtonMm = 48.0f;
inline constexpr float kTimelinePlayButtonMm = 32.0f, kTimelineSpeedButtonMm = 16.0f;
inline constexpr float kTimelineBandRoundingMm = 1.0f, kTimelineTickMm = 0.3f, kTimelineLabelInsetMm = 1.0f;
inline constexpr float kTimelineThumbLineMm = 0.8f, kTimelineThumbMm = 2.2f;
inline constexpr float kTimelineLabelScale = 0.8f;  // of the body font
inline constexpr std::uint8_t kTimelineTickAlpha = 200;
inline constexpr Rgb kTimelineBand{225, 222, 215}, kTimelineInk{30, 30, 30}, kTimelineThumb{200, 60, 20};
// The stretches of the bar: Rondom Jong's four layers, its follow-ups, the arena's step kinds.
inline constexpr Rgb kTimelineLayers[4] = {{150, 190, 120}, {120, 170, 205}, {230, 180, 100}, {215, 120, 110}};
inline constexpr Rgb kTimelineFollowUp{170, 160, 200};
inline constexpr Rgb kTimelineBreakout{150, 190, 120}, kTimelinePause{200, 200, 195}, kTimelinePlenary{120, 170, 205};
// Review's top bar (Rondom Jong).
inline constexpr float kReviewButtonsMm = 215.0f;  // room for the three buttons at the right
inline constexpr float kReviewActionsButtonMm = 70.0f, kReviewButtonMm = 60.0f;
// The action plan in review.
inline constexpr float kPlanNumberColumnMm = 10.0f, kPlanUpdateColumnMm = 95.0f, kPlanUpdateButtonMm = 29.0f;
inline constexpr float kPlanStartButtonMm = 60.0f, kPlanContinueButtonMm = 65.0f, kPlanDateButtonMm = 70.0f,
                       kPlanNoteButtonMm = 85.0f, kPlanNewCardButtonMm = 60.0f, kPlanDoneButtonMm = 55.0f;
inline constexpr float kPlanPersonFilterMm = 60.0f;
inline constexpr float kDateSheetWidthMm = 164.0f, kDateSheetHeightMm = 130.0f;
inline constexpr float kNoteSheetWidthMm = 190.0f, kNoteSheetHeightMm = 150.0f;
inline constexpr float kNewCardSheetWidthMm = 164.0f, kNewCardSheetHeightMm = 192.0f;
inline constexpr float kPlanDateFieldMm = 60.0f, kPlanFieldMm = 15.0f, kPlanNoteFieldMm = 30.0f;
inline constexpr float kPlanLayerOptionMm = 10.0f, kPlanRowGapMm = 2.0f;
// Compare: the sessions side by side.
inline constexpr float kComparePartyPadXMm = 2.5f, kComparePartyPadYMm = 1.5f, kCompareIndentMm = 4.0f;
inline constexpr float kCompareButtonMm = 80.0f, kCompareHomeButtonMm = 70.0f;
inline constexpr float kCompareAgainButtonMm = 75.0f, kCompareHeaderHomeButtonMm = 65.0f;
inline constexpr float kCompareHeaderMarginMm = 14.0f, kCompareLaterMarginMm = 10.0f;
inline constexpr Rgb kCompareEdge{90, 90, 80};
inline constexpr std::uint8_t kCompareEdgeAlpha = 120;
inline constexpr Rgb kCompareAdded{200, 232, 190}, kCompareRemoved{240, 208, 200}, kCompareNowInvolved{196, 222, 242},
    kCompareNowNotYet{246, 226, 180};

// Every pair of text colour and background the main screens draw, for the contrast test.
struct TextPair {
    std::string where;
    Rgb text, background;
};
std::vector<TextPair> text_pairs();

}  // namespace tafel::style
