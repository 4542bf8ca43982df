#include "core/session/json.hpp"  // first: see json.hpp
#include "core/session/content.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "core/effectenarena/step_kind.hpp"
#include "core/session/user_error.hpp"

namespace tafel {
namespace {

constexpr std::uintmax_t kMaxContentFileBytes = 4 * 1024 * 1024;

// Line and column (1-based) of a byte offset, for error messages a facilitator can follow.
std::string place_of_offset(const std::string& text, size_t offset) {
    size_t line = 1, column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "regel " + std::to_string(line) + ", kolom " + std::to_string(column);
}

// A JSON value together with the file and key path it came from, so every error can say where.
class Node {
public:
    Node(const rapidjson::Value& value, std::string file, std::string path)
        : value_(value), file_(std::move(file)), path_(std::move(path)) {}

    [[noreturn]] void fail(const std::string& what) const {
        throw UserError("Inhoudsbestand " + file_ + " is ongeldig bij '" + (path_.empty() ? "(begin)" : path_) +
                        "': " + what + ". Herstel het bestand of zet de oorspronkelijke versie terug.");
    }

    Node field(const char* key) const {
        if (!value_.IsObject()) fail("hier wordt een object { … } verwacht");
        auto it = value_.FindMember(key);
        if (it == value_.MemberEnd()) {
            Node(value_, file_, path_).fail(std::string("het veld '") + key + "' ontbreekt");
        }
        return Node(it->value, file_, path_.empty() ? key : path_ + "." + key);
    }
    bool has(const char* key) const { return value_.IsObject() && value_.HasMember(key); }

    std::string text() const {
        if (!value_.IsString()) fail("hier wordt tekst tussen aanhalingstekens verwacht");
        return std::string(value_.GetString(), value_.GetStringLength());
    }
    std::string nonempty_text() const {
        std::string s = text();
        if (s.empty()) fail("deze tekst mag niet leeg zijn");
        return s;
    }
    int integer(int min, int max) const {
        if (!value_.IsInt()) fail("hier wordt een geheel getal verwacht");
        int v = value_.GetInt();
        if (v < min || v > max)
            fail("het getal moet tussen " + std::to_string(min) + " en " + std::to_string(max) + " liggen");
        return v;
    }
    bool boolean() const {
        if (!value_.IsBool()) fail("hier wordt true of false verwacht");
        return value_.GetBool();
    }
    std::vector<Node> items() const {
        if (!value_.IsArray()) fail("hier wordt een lijst [ … ] verwacht");
        std::vector<Node> out;
        for (rapidjson::SizeType i = 0; i < value_.Size(); ++i) {
            out.emplace_back(value_[i], file_, path_ + "[" + std::to_string(i + 1) + "]");
        }
        return out;
    }
    std::vector<std::string> texts() const {
        std::vector<std::string> out;
        for (const Node& n : items()) out.push_back(n.nonempty_text());
        return out;
    }

private:
    const rapidjson::Value& value_;
    std::string file_;
    std::string path_;
};

// Reads and parses one content file; the Document must outlive the Nodes taken from it.
struct ParsedFile {
    rapidjson::Document document;
    std::string name;
    Node root() const { return Node(document, name, ""); }
};

std::unique_ptr<ParsedFile> parse_file(const std::filesystem::path& path, const std::string& shown_name) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw UserError("Inhoudsbestand " + shown_name + " ontbreekt (gezocht in " + path.string() +
                        "). Zet de map assets/ terug of geef de juiste map op met --assets.");
    }
    if (std::filesystem::file_size(path, ec) > kMaxContentFileBytes) {
        throw UserError("Inhoudsbestand " + shown_name +
                        " is groter dan 4 MB en wordt niet gelezen. Controleer of het het juiste bestand is.");
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    auto parsed = std::make_unique<ParsedFile>();
    parsed->name = shown_name;
    parsed->document
        .Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(
            text.c_str(), text.size());
    if (parsed->document.HasParseError()) {
        throw UserError("Inhoudsbestand " + shown_name + " is geen geldige JSON bij " +
                        place_of_offset(text, parsed->document.GetErrorOffset()) + " (" +
                        dutch_parse_error(parsed->document.GetParseError()) +
                        "). Herstel het bestand of zet de oorspronkelijke versie terug.");
    }
    return parsed;
}

// The words of a card name, each with the separator that follows it (space, "/", "-", ",").
std::vector<std::string> name_words(const std::string& name) {
    std::vector<std::string> words;
    std::string word;
    for (char ch : name) {
        if (ch == ' ' || ch == '/' || ch == '-' || ch == ',') {
            words.push_back(word);
            words.push_back(std::string(1, ch));
            word.clear();
        } else {
            word += ch;
        }
    }
    words.push_back(word);
    return words;
}

// The decks with plain names; the break places the data gives go to rj.break_places.
void load_cards(const std::filesystem::path& dir, RondomJongContent& rj) {
    auto f = parse_file(dir / "cards.json", "rondomjong/cards.json");
    for (const Node& n : f->root().field("decks").items()) {
        Deck deck;
        deck.id = n.field("id").nonempty_text();
        deck.name = n.field("name").nonempty_text();
        deck.optional = n.field("optional").boolean();
        for (const std::string& marked : n.field("cards").texts()) {
            for (const std::string& word : name_words(marked)) {
                if (word.find(kSoftHyphen) != std::string::npos) rj.break_places[without_break_places(word)] = word;
            }
            deck.cards.push_back(without_break_places(marked));
        }
        rj.decks.push_back(deck);
    }
}

void load_rondomjong(const std::filesystem::path& dir, RondomJongContent& rj) {
    {
        auto f = parse_file(dir / "layers.json", "rondomjong/layers.json");
        Node root = f->root();
        rj.pyramid_title = root.field("title").nonempty_text();
        rj.credit = root.field("credit").text();
        for (const Node& n : root.field("layers").items()) {
            Layer layer;
            layer.id = n.field("id").nonempty_text();
            layer.name = n.field("name").nonempty_text();
            layer.label = n.field("label").text();
            layer.share = n.field("share").text();
            layer.explanation = n.field("explanation").text();
            rj.layers.push_back(layer);
        }
        rj.side_notes = root.field("side_notes").texts();
    }
    load_cards(dir, rj);
    {
        auto f = parse_file(dir / "procedure.json", "rondomjong/procedure.json");
        for (const Node& n : f->root().field("steps").items()) {
            ProcedureStep step;
            step.number = n.field("number").integer(1, 99);
            step.question = n.field("question").nonempty_text();
            step.hint = n.field("hint").text();
            step.takes_note = n.field("takes_note").boolean();
            step.lays_cards = n.field("lays_cards").boolean();
            step.marks_not_yet = n.field("marks_not_yet").boolean();
            step.writes_actions = n.field("writes_actions").boolean();
            rj.steps.push_back(step);
        }
    }
    {
        auto f = parse_file(dir / "action_card.json", "rondomjong/action_card.json");
        Node root = f->root();
        rj.action_card_title = root.field("title").nonempty_text();
        for (const Node& n : root.field("fields").items()) {
            ActionField field;
            field.id = n.field("id").nonempty_text();
            field.label = n.field("label").nonempty_text();
            field.kind = n.field("kind").nonempty_text();
            rj.action_fields.push_back(field);
        }
        rj.statuses = root.field("statuses").texts();
    }
}

Persona load_persona(const std::filesystem::path& path, const std::string& shown_name) {
    auto f = parse_file(path, shown_name);
    Node root = f->root();
    Persona p;
    p.id = path.stem().string();
    p.name = root.field("name").nonempty_text();
    p.age = root.field("age").integer(0, 120);
    p.title = root.field("title").text();
    p.picture = root.field("picture").text();
    p.composite_note = root.has("composite_note") ? root.field("composite_note").text() : "";
    for (const Node& n : root.field("sections").items()) {
        p.sections.push_back({n.field("heading").nonempty_text(), n.field("text").text()});
    }
    return p;
}

void load_effectenarena(const std::filesystem::path& dir, EffectenarenaContent& ea) {
    auto f = parse_file(dir / "programme.json", "effectenarena/programme.json");
    Node root = f->root();
    for (const Node& n : root.field("questions").items()) {
        ea.questions.push_back({n.field("id").nonempty_text(), n.field("text").nonempty_text()});
    }
    ea.leefdomeinen = root.field("leefdomeinen").texts();
    ea.groups = root.field("groups").integer(1, 8);
    ea.outcome_types = root.field("outcome_types").texts();
    for (const Node& n : root.field("arena_zones").items()) {
        ea.arena_zones.push_back(
            {n.field("id").nonempty_text(), n.field("name").nonempty_text(), n.field("explanation").text()});
    }
    for (const Node& n : root.field("steps").items()) {
        ProgrammeStep step;
        step.id = n.field("id").nonempty_text();
        step.start = n.field("start").text();
        step.minutes = n.field("minutes").integer(0, 24 * 60);
        step.kind = n.field("kind").nonempty_text();
        if (step_kind(step) == StepKind::unknown) {
            n.field("kind").fail("kies plenair, breakout of pauze");
        }
        step.breakout_round = n.has("breakout_round") ? n.field("breakout_round").integer(1, 9) : 0;
        step.title = n.field("title").nonempty_text();
        step.explanation = n.field("explanation").text();
        step.questions = n.field("questions").texts();
        ea.steps.push_back(step);
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(dir / "personas", ec)) {
        throw UserError("De map met persona's (" + (dir / "personas").string() +
                        ") ontbreekt. Zet de oorspronkelijke inhoudsbestanden terug.");
    }
    std::vector<std::filesystem::path> persona_files;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "personas", ec)) {
        if (entry.path().extension() == ".json") persona_files.push_back(entry.path());
    }
    std::sort(persona_files.begin(), persona_files.end());  // a stable order, whatever the file system says
    for (const auto& path : persona_files) {
        ea.personas.push_back(load_persona(path, "effectenarena/personas/" + path.filename().string()));
    }
}

}  // namespace

std::string without_break_places(std::string text) {
    for (size_t at = text.find(kSoftHyphen); at != std::string::npos; at = text.find(kSoftHyphen, at)) {
        text.erase(at, 2);
    }
    return text;
}

std::string RondomJongContent::with_break_places(const std::string& name) const {
    std::string out;
    for (const std::string& word : name_words(without_break_places(name))) {
        auto it = break_places.find(word);
        out += it == break_places.end() ? word : it->second;
    }
    return out;
}

const Layer* RondomJongContent::find_layer(const std::string& id) const {
    for (const Layer& layer : layers) {
        if (layer.id == id) return &layer;
    }
    return nullptr;
}

int RondomJongContent::layer_index(const std::string& id) const {
    for (size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

Content load_content(const std::filesystem::path& assets_dir) {
    Content content;
    load_rondomjong(assets_dir / "rondomjong", content.rondomjong);
    load_effectenarena(assets_dir / "effectenarena", content.effectenarena);
    validate_content(content, "de inhoud in " + assets_dir.string(), "Zet de oorspronkelijke inhoudsbestanden terug.");
    return content;
}

std::map<std::string, std::string> load_break_places(const std::filesystem::path& assets_dir) {
    RondomJongContent rj;
    try {
        load_cards(assets_dir / "rondomjong", rj);
    } catch (const UserError&) {
        return {};  // the names still wrap, at spaces and "/"
    }
    return rj.break_places;
}

std::vector<std::string> persona_picture_files(const std::filesystem::path& personas_dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(personas_dir, ec)) {
        std::string ext = entry.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (ext == ".png" || ext == ".jpg" || ext == ".jpeg") files.push_back(entry.path().filename().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string dutch_parse_error(int code) {
    switch (static_cast<rapidjson::ParseErrorCode>(code)) {
        case rapidjson::kParseErrorDocumentEmpty:
            return "het bestand is leeg";
        case rapidjson::kParseErrorDocumentRootNotSingular:
            return "na het einde staat nog iets";
        case rapidjson::kParseErrorValueInvalid:
            return "een ongeldige waarde";
        case rapidjson::kParseErrorObjectMissName:
            return "een naam ontbreekt in een object";
        case rapidjson::kParseErrorObjectMissColon:
            return "een dubbele punt ontbreekt";
        case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
            return "een komma of } ontbreekt";
        case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
            return "een komma of ] ontbreekt";
        case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
        case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
        case rapidjson::kParseErrorStringEscapeInvalid:
            return "een ongeldig teken na een \\";
        case rapidjson::kParseErrorStringMissQuotationMark:
            return "een afsluitend aanhalingsteken ontbreekt";
        case rapidjson::kParseErrorStringInvalidEncoding:
            return "tekst die geen geldige UTF-8 is";
        case rapidjson::kParseErrorNumberTooBig:
            return "een te groot getal";
        case rapidjson::kParseErrorNumberMissFraction:
        case rapidjson::kParseErrorNumberMissExponent:
            return "een onvolledig getal";
        case rapidjson::kParseErrorTermination:
            return "het bestand houdt halverwege op";
        default:
            return "onleesbare tekens";
    }
}

namespace {

// "9:00" or "15:30": the clock time a programme step starts.
bool is_clock_time(const std::string& text) {
    const size_t colon = text.find(':');
    if (colon == std::string::npos || colon < 1 || colon > 2 || text.size() != colon + 3) return false;
    if (!std::all_of(text.begin(), text.end(), [](char c) { return c == ':' || (c >= '0' && c <= '9'); })) return false;
    if (std::count(text.begin(), text.end(), ':') != 1) return false;
    return std::stoi(text.substr(0, colon)) < 24 && std::stoi(text.substr(colon + 1)) < 60;
}

// The programme of the effectenarena: what the clock and the step buttons rely on.
template <class Fail> void validate_programme(const EffectenarenaContent& ea, Fail&& fail) {
    if (ea.steps.empty()) fail("ontbreken de stappen van het programma van de effectenarena");
    std::set<std::string> ids;
    for (const ProgrammeStep& step : ea.steps) {
        if (!ids.insert(step.id).second) fail("komt de stap-id '" + step.id + "' twee keer voor in het programma");
        if (!is_clock_time(step.start)) {
            fail("heeft stap '" + step.id + "' de begintijd '" + step.start +
                 "', schrijf die als uren en minuten, bijvoorbeeld 15:00");
        }
        if (step.minutes < 1) fail("duurt stap '" + step.id + "' geen minuut, geef elke stap minstens 1 minuut");
    }
    std::set<std::string> domains;
    for (const std::string& domain : ea.leefdomeinen) {
        if (!domains.insert(domain).second) fail("staat het leefdomein '" + domain + "' twee keer");
    }
    std::set<std::string> question_ids;
    for (const ArenaQuestion& q : ea.questions) {
        if (!question_ids.insert(q.id).second) fail("komt de vraag-id '" + q.id + "' twee keer voor");
    }
}

}  // namespace

void validate_content(const Content& content, const std::string& where, const std::string& remedy) {
    auto fail = [&](const std::string& what) { throw UserError("In " + where + " " + what + ". " + remedy); };
    const RondomJongContent& rj = content.rondomjong;
    const std::vector<std::string> layer_ids = {"fundament", "basis", "extra", "intensief"};
    if (rj.layers.size() != layer_ids.size())
        fail("moeten precies vier lagen staan (fundament, basis, extra, intensief)");
    for (size_t i = 0; i < layer_ids.size(); ++i) {
        if (rj.layers[i].id != layer_ids[i]) {
            fail("moet laag " + std::to_string(i + 1) + " (van onder af) de id '" + layer_ids[i] + "' hebben");
        }
    }
    if (rj.decks.empty() || rj.decks.front().cards.empty()) fail("ontbreken de partijkaarten");
    if (rj.steps.empty()) fail("ontbreken de stappen van de vragenronde");
    for (const std::string id : action_field::kAll) {
        bool found = std::any_of(rj.action_fields.begin(), rj.action_fields.end(),
                                 [&](const ActionField& f) { return f.id == id; });
        if (!found) fail("ontbreekt het actiekaartveld '" + id + "'");
    }
    const std::set<std::string> statuses(rj.statuses.begin(), rj.statuses.end());
    if (!statuses.count("open") || !statuses.count("bezig") || !statuses.count("afgerond")) {
        fail("moeten de statussen open, bezig en afgerond staan");
    }
    if (content.effectenarena.questions.size() != 3) fail("moeten precies drie vragen voor de effectenarena staan");
    if (content.effectenarena.leefdomeinen.empty()) fail("ontbreken de leefdomeinen");
    validate_programme(content.effectenarena, fail);
}

}  // namespace tafel
