#pragma once
// Method content: what a workshop works with (layers, party cards, the question loop,
// the action card, the effectenarena programme and personas). Loaded from the data files
// under assets/, and copied into every session so that a saved meeting keeps the content
// it was held with, whatever a facilitator edits later.
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace tafel {

struct Layer {
    std::string id;           // fundament | basis | extra | intensief (referenced by the app)
    std::string name;         // short name, e.g. "Sterke basis"
    std::string label;        // the label as printed on the pyramid
    std::string share;        // "80-90%", empty for the fundament
    std::string explanation;  // own words, shown on demand

    template <class Archive> void serialize(Archive& ar) {
        ar(CEREAL_NVP(id), CEREAL_NVP(name), CEREAL_NVP(label), CEREAL_NVP(share), CEREAL_NVP(explanation));
    }
};

struct Deck {
    std::string id;
    std::string name;
    bool optional = false;  // the extra deck: switched on by the facilitator
    std::vector<std::string> cards;

    template <class Archive> void serialize(Archive& ar) {
        ar(CEREAL_NVP(id), CEREAL_NVP(name), CEREAL_NVP(optional), CEREAL_NVP(cards));
    }
};

struct ProcedureStep {
    int number = 0;
    std::string question;
    std::string hint;
    bool takes_note = false;
    bool lays_cards = false;
    bool marks_not_yet = false;
    bool writes_actions = false;

    template <class Archive> void serialize(Archive& ar) {
        ar(CEREAL_NVP(number), CEREAL_NVP(question), CEREAL_NVP(hint), CEREAL_NVP(takes_note), CEREAL_NVP(lays_cards),
           CEREAL_NVP(marks_not_yet), CEREAL_NVP(writes_actions));
    }
};

// The ids of the action card's fields, as the app refers to them (action_card.json gives
// their labels and order; validate_content checks that every one is there).
namespace action_field {
inline constexpr const char* kName = "naam";
inline constexpr const char* kLayer = "laag";
inline constexpr const char* kAction = "actie";
inline constexpr const char* kGoal = "doel";
inline constexpr const char* kTogetherWith = "samen_met";
inline constexpr const char* kPlanned = "gepland";
inline constexpr const char* kCompleted = "afgerond";
inline constexpr const char* kStatus = "status";
inline constexpr const char* kAll[] = {kName, kLayer, kAction, kGoal, kTogetherWith, kPlanned, kCompleted, kStatus};
}  // namespace action_field

struct ActionField {
    std::string id;     // one of action_field::kAll
    std::string label;  // as printed on the paper card
    std::string kind;   // text | layer | date | status

    template <class Archive> void serialize(Archive& ar) { ar(CEREAL_NVP(id), CEREAL_NVP(label), CEREAL_NVP(kind)); }
};

// U+00AD, the soft hyphen: in cards.json it marks where a long name may break
// ("JEUGD\u00adZORG\u00adWERKER"). Only the drawing of a card sees it: names in the state, the
// session file, exports and targets are plain.
inline constexpr const char* kSoftHyphen = "\xC2\xAD";

// `text` without soft hyphens.
std::string without_break_places(std::string text);

struct RondomJongContent {
    std::string pyramid_title;
    std::string credit;
    std::vector<Layer> layers;  // bottom-up: fundament first
    std::vector<std::string> side_notes;
    std::vector<Deck> decks;
    std::vector<ProcedureStep> steps;
    std::string action_card_title;
    std::vector<ActionField> action_fields;
    std::vector<std::string> statuses;

    // Not saved with a session: each word of a card name that cards.json gives break places,
    // plain ("JEUGDZORGWERKER") to marked ("JEUGD\u00adZORG\u00adWERKER"). Filled by load_content.
    std::map<std::string, std::string> break_places;

    const Layer* find_layer(const std::string& id) const;
    int layer_index(const std::string& id) const;  // -1 when unknown
    // `name` with the soft hyphens of every word cards.json knows (also on a blank card that
    // repeats a printed word); other words are left as they are.
    std::string with_break_places(const std::string& name) const;

    template <class Archive> void serialize(Archive& ar) {
        ar(CEREAL_NVP(pyramid_title), CEREAL_NVP(credit), CEREAL_NVP(layers), CEREAL_NVP(side_notes), CEREAL_NVP(decks),
           CEREAL_NVP(steps), CEREAL_NVP(action_card_title), CEREAL_NVP(action_fields), CEREAL_NVP(statuses));
    }
};

struct PersonaSection {
    std::string heading;
    std::string text;

    template <class Archive> void serialize(Archive& ar) { ar(CEREAL_NVP(heading), CEREAL_NVP(text)); }
    bool operator==(const PersonaSection&) const = default;
};

struct Persona {
    std::string id;  // file stem, e.g. "mohammed"
    std::string name;
    int age = 0;
    std::string title;
    std::string picture;  // path relative to the persona file, may be empty
    std::string composite_note;
    std::vector<PersonaSection> sections;

    template <class Archive> void serialize(Archive& ar) {
        ar(CEREAL_NVP(id), CEREAL_NVP(name), CEREAL_NVP(age), CEREAL_NVP(title), CEREAL_NVP(picture),
           CEREAL_NVP(composite_note), CEREAL_NVP(sections));
    }
    bool operator==(const Persona&) const = default;
};

struct ArenaQuestion {
    std::string id;    // vraag1..3
    std::string text;  // "[persona]" is replaced by the persona's name

    template <class Archive> void serialize(Archive& ar) { ar(CEREAL_NVP(id), CEREAL_NVP(text)); }
};

struct ArenaZone {
    std::string id;
    std::string name;
    std::string explanation;

    template <class Archive> void serialize(Archive& ar) {
        ar(CEREAL_NVP(id), CEREAL_NVP(name), CEREAL_NVP(explanation));
    }
};

struct ProgrammeStep {
    std::string id;
    std::string start;  // "15:00"
    int minutes = 0;
    std::string kind;  // plenair | breakout | pauze
    int breakout_round = 0;
    std::string title;
    std::string explanation;
    std::vector<std::string> questions;

    bool operator==(const ProgrammeStep&) const = default;

    template <class Archive> void serialize(Archive& ar) {
        ar(CEREAL_NVP(id), CEREAL_NVP(start), CEREAL_NVP(minutes), CEREAL_NVP(kind), CEREAL_NVP(breakout_round),
           CEREAL_NVP(title), CEREAL_NVP(explanation), CEREAL_NVP(questions));
    }
};

struct EffectenarenaContent {
    std::vector<ArenaQuestion> questions;
    std::vector<std::string> leefdomeinen;
    int groups = 2;
    std::vector<std::string> outcome_types;
    std::vector<ArenaZone> arena_zones;
    std::vector<ProgrammeStep> steps;
    std::vector<Persona> personas;

    template <class Archive> void serialize(Archive& ar) {
        ar(CEREAL_NVP(questions), CEREAL_NVP(leefdomeinen), CEREAL_NVP(groups), CEREAL_NVP(outcome_types),
           CEREAL_NVP(arena_zones), CEREAL_NVP(steps), CEREAL_NVP(personas));
    }
};

struct Content {
    RondomJongContent rondomjong;
    EffectenarenaContent effectenarena;

    template <class Archive> void serialize(Archive& ar) { ar(CEREAL_NVP(rondomjong), CEREAL_NVP(effectenarena)); }
};

// Loads all content files under `assets_dir`. Throws UserError naming the file and the
// place (line and column, or the key path) when a file is missing or malformed.
Content load_content(const std::filesystem::path& assets_dir);

// Only the break places of the card names in `assets_dir`/rondomjong/cards.json (for a session
// read from a file, which does not save them). Empty when the file cannot be read.
std::map<std::string, std::string> load_break_places(const std::filesystem::path& assets_dir);

// Checks the rules the app relies on (four known layer ids, the fixed action-card fields,
// at least one deck…). Throws UserError: "In <where> <what is wrong>. <remedy>"
void validate_content(const Content& content, const std::string& where, const std::string& remedy);

// The PNG and JPEG files in a personas folder (file names, sorted): the pictures a host can
// give a persona in the app. Empty when the folder cannot be read.
std::vector<std::string> persona_picture_files(const std::filesystem::path& personas_dir);

// A RapidJSON parse error code in Dutch.
std::string dutch_parse_error(int code);

}  // namespace tafel
