#include "ui/shell/style.hpp"

namespace tafel::style {

Rgb tag_colour(const std::string& tag) {
    if (tag == "Trend") return kTagTrend;
    if (tag == "Probleem") return kTagProbleem;
    if (tag == "Nodig") return kTagNodig;
    return kTagConclusie;
}

std::vector<TextPair> text_pairs() {
    std::vector<TextPair> pairs = {
        {"tekst op een paneel", kInk, kPanel},
        {"hint op een paneel (stap 3 van 11, Notitie:)", kHint, kPanel},
        {"tekst op een knop", kInk, kButton},
        {"tekst op een ingedrukte knop", kInk, kButtonActive},
        {"melding", kInk, kBanner},
        {"kaart", kCardInk, kCard},
        {"kaart nog niet betrokken", kNotYetInk, kCardNotYet},
        {"label afwezig", kWhite, kAbsentTag},
        {"kop Kaarten in de bak", kTrayInk, kTrayBg},
        {"startscherm", kInk, kPanel},
        {"knop Nieuwe actiekaart", kWhite, kActionButton},
        {"vraag voor de overkant", kCardInk, kFarSide},
        {"antwoordkaart", kCardInk, kCard},
        {"voetregel antwoordkaart", kAnswerFoot, kCard},
        {"gekozen antwoordkaart", kCardInk, kAnswerSelected},
        {"voetregel gekozen antwoordkaart", kAnswerFoot, kAnswerSelected},
        {"zone groep 1", kInk, kZoneA},
        {"hint zone groep 1", kHint, kZoneA},
        {"zone groep 2", kInk, kZoneB},
        {"hint zone groep 2", kHint, kZoneB},
        {"kolom leefdomein", kInk, kColumn},
        {"hint kolom leefdomein (nog 3 antwoorden)", kHint, kColumn},
        {"label Trend", kWhite, kTagTrend},
        {"label Probleem", kWhite, kTagProbleem},
        {"label Nodig", kWhite, kTagNodig},
        {"label Conclusie", kWhite, kTagConclusie},
        {"klok", kClockOkInk, kClockOk},
        {"klok over tijd", kWhite, kClockOver},
        {"klok stil", kClockIdleInk, kClockIdle},
        {"staptitel", kTitleInk, kPanel},
        {"hint staptitel", kHint, kPanel},
        {"kop van een blad", kSheetInk, kSheetPaper},
        {"uitleg op een blad", kSheetLabel, kSheetPaper},
        {"label van een veld", kFieldLabel, kSheetPaper},
        {"wat nog moet op een blad", kProblemInk, kSheetPaper},
        {"kop nieuwe actiekaart", kNewCardInk, kSheetPaper},
        {"tekst in een veld", kFieldInk, kWhite},
        {"knop op een blad", kSheetButtonInk, kSheetButton},
        {"Opslaan op een blad", kWhite, kSheetButtonLit},
        {"toets", kKeyInk, kKey},
        {"gekozen laag op een blad", kWhite, kActionButton},
        {"over tijd", kOverdueInk, kPanel},
        {"verschillende scholen", kWarningInk, kPanel},
        {"bijzaak bij vergelijken", kAsideInk, kPanel},
        {"melding na ongedaan maken", kWhite, kUndoNote},
        {"tijdlijn", kTimelineInk, kTimelineBand},
        {"tijdlijn opvolging", kTimelineInk, kTimelineFollowUp},
    };
    for (const Rgb& stretch : kTimelineLayers) pairs.push_back({"tijdlijn laag", kTimelineInk, stretch});
    for (int i = 0; i < 4; ++i) {
        pairs.push_back({"laagnaam " + std::to_string(i + 1), kLayerInk, kLayers[i]});
    }
    return pairs;
}

}  // namespace tafel::style
