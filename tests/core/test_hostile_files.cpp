// Hostile session files: whatever bytes are handed to the loader, it either loads a session or
// throws one Dutch UserError that names the file. Never a crash, never another exception type.
#include "core/session/json.hpp"  // first: see json.hpp
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/session/content.hpp"
#include "core/session/events.hpp"
#include "core/session/session.hpp"
#include "core/session/session_file.hpp"
#include "core/session/state.hpp"
#include "core/session/user_error.hpp"

namespace fs = std::filesystem;

namespace {

const char* const kShown = "naam.tafel";

const tafel::Content& content() {
    static const tafel::Content c = tafel::load_content(TAFEL_TEST_ASSETS_DIR);
    return c;
}

tafel::Session empty_session() {
    tafel::SessionMeta meta;
    meta.kind = tafel::kKindRondomJong;
    meta.title = "Test";
    meta.school = "Testschool";
    meta.date = "01-02-2026";
    return tafel::Session(meta, content(), {});
}

// A session with about fifty events of many kinds, recorded as the app records them.
tafel::Session busy_session() {
    tafel::Session s = empty_session();
    std::int64_t at = 1767225600000;  // 1 January 2026
    auto rec = [&](tafel::Payload p, tafel::Seat seat = tafel::Seat::bottom) {
        std::string problem = tafel::test::why(s.record(tafel::Event{at += 1500, seat, std::move(p)}));
        EXPECT_EQ(problem, "") << "event " << s.events().size() + 1 << " refused";
    };
    const char* layers[] = {"fundament", "basis", "extra", "intensief"};
    const tafel::Seat seats[] = {tafel::Seat::bottom, tafel::Seat::right, tafel::Seat::top, tafel::Seat::left};
    for (int tile = 1; tile <= 25; ++tile) rec(tafel::CardMoved{tile, layers[tile % 4]}, seats[tile % 4]);
    for (int tile = 1; tile <= 5; ++tile) rec(tafel::CardRotated{tile, 90 * tile});
    rec(tafel::CardMarked{3, tafel::kMarkAbsent, true});
    rec(tafel::CardMarked{4, tafel::kMarkNotYet, true});
    rec(tafel::CardMarked{4, tafel::kMarkNotYet, false});
    rec(tafel::StepChanged{"basis", 2});
    rec(tafel::NoteSet{"basis", 2, "Regel één\nregel twee – met € en \"aanhalingstekens\""});
    rec(tafel::StepChanged{"extra", 1});
    tafel::TileId blank = s.state().rondomjong.next_tile_id();
    rec(tafel::BlankCardCreated{blank, "Buurtvader", 0});
    rec(tafel::CardTextChanged{blank, "Buurtvader Ömer"});
    rec(tafel::CardMoved{blank, "extra"});
    rec(tafel::BlankCardCreated{blank + 1, "", 7});
    rec(tafel::ActionCardOpened{1, "basis"});
    rec(tafel::ActionFieldSet{1, "naam", "Fatima “Fé” Öztürk"});
    rec(tafel::ActionFieldSet{1, "actie", "Bellen met de wijkagent"});
    rec(tafel::ActionFieldSet{1, "status", "bezig"});
    rec(tafel::ActionCardOpened{2, "extra"});
    rec(tafel::ActionCardRemoved{2});
    rec(tafel::CardMoved{10, tafel::kTray});
    rec(tafel::CardMoved{11, tafel::kTray});
    rec(tafel::Undo{});
    rec(tafel::Undo{});
    rec(tafel::Redo{});
    rec(tafel::LayerOrderSet{{"intensief", "extra", "basis", "fundament"}});
    rec(tafel::CardMoved{12, "intensief"});
    return s;
}

const std::string& busy_text() {
    static const std::string text = tafel::session_to_json(busy_session());
    return text;
}

// Words of which at least one appears in every Dutch message of the loader.
bool looks_dutch(const std::string& message) {
    for (const char* word : {"bestand", "beschadigd", "versie", "leeg", "groter", "gebeurtenis", "ontbreekt"}) {
        if (message.find(word) != std::string::npos) return true;
    }
    return false;
}

// Parses with the public loader and reports how it went: "" when it loaded, otherwise the
// message of the UserError. Any other exception type fails the test.
struct Outcome {
    bool loaded = false;
    std::string message;
    tafel::Session session;
};

Outcome try_text(const std::string& text, const std::string& shown = kShown) {
    Outcome out;
    try {
        out.session = tafel::session_from_json(text, shown);
        out.loaded = true;
    } catch (const tafel::UserError& e) {
        out.message = e.what();
    } catch (const std::exception& e) {
        ADD_FAILURE() << "not a UserError but " << typeid(e).name() << ": " << e.what();
        out.message = "?";
    } catch (...) {
        ADD_FAILURE() << "threw something that is not a std::exception";
        out.message = "?";
    }
    return out;
}

// The text must be refused with a Dutch sentence that names the file.
std::string expect_refused(const std::string& text, const std::string& what, const std::string& shown = kShown) {
    Outcome out = try_text(text, shown);
    EXPECT_FALSE(out.loaded) << what << ": loaded although it should have been refused";
    if (out.loaded) return "";
    EXPECT_NE(out.message.find(shown), std::string::npos)
        << what << ": message does not name the file: " << out.message;
    EXPECT_TRUE(looks_dutch(out.message)) << what << ": message is not Dutch: " << out.message;
    EXPECT_EQ(out.message.find('\n'), std::string::npos) << what << ": message is not one line: " << out.message;
    return out.message;
}

// JSON helpers for making precise variants of a valid file.
rapidjson::Document parse(const std::string& text) {
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    EXPECT_FALSE(doc.HasParseError());
    return doc;
}

std::string write(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::string variant(const std::function<void(rapidjson::Document&)>& change) {
    rapidjson::Document doc = parse(busy_text());
    change(doc);
    return write(doc);
}

rapidjson::Value& first_event(rapidjson::Document& doc) { return doc["events"][0]; }

class TempDir {
public:
    TempDir() {
        static int counter = 0;
        path_ = fs::temp_directory_path() /
                ("tafel-hostile-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }
    fs::path write_file(const std::string& name, const std::string& bytes) const {
        fs::path p = path_ / name;
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return p;
    }

private:
    fs::path path_;
};

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// What a file is, to see that loading left it alone: its bytes, or for a huge (sparse) file
// its size and modification time.
std::string fingerprint(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) return "not a regular file";
    auto size = fs::file_size(p, ec);
    if (size > 256ull * 1024 * 1024) {
        return "size " + std::to_string(size) + ", written " +
               std::to_string(fs::last_write_time(p, ec).time_since_epoch().count());
    }
    return read_bytes(p);
}

// load_session on a file must be refused with a Dutch sentence naming the path, and the file
// must be left exactly as it was.
std::string expect_file_refused(const fs::path& path, const std::string& what) {
    std::string before = fingerprint(path);
    std::string message;
    try {
        tafel::load_session(path);
        ADD_FAILURE() << what << ": loaded although it should have been refused";
    } catch (const tafel::UserError& e) {
        message = e.what();
    } catch (const std::exception& e) {
        ADD_FAILURE() << what << ": not a UserError but " << typeid(e).name() << ": " << e.what();
    }
    EXPECT_NE(message.find(path.string()), std::string::npos)
        << what << ": message does not name the path: " << message;
    EXPECT_TRUE(looks_dutch(message)) << what << ": message is not Dutch: " << message;
    EXPECT_TRUE(fingerprint(path) == before) << what << ": the file changed";
    return message;
}

}  // namespace

// ---- the valid file itself --------------------------------------------------------------

TEST(HostileFiles, BusySessionRoundTripsWithTheSameState) {
    tafel::Session s = busy_session();
    ASSERT_GE(s.events().size(), 45u);
    TempDir dir;
    fs::path file = dir.path() / "rond.tafel";
    tafel::save_session(s, file);
    tafel::Session loaded = tafel::load_session(file);
    EXPECT_EQ(loaded.events().size(), s.events().size());
    for (const char* layer : {"fundament", "basis", "extra", "intensief", ""}) {
        EXPECT_EQ(loaded.state().rondomjong.tiles_in_layer(layer).size(),
                  s.state().rondomjong.tiles_in_layer(layer).size())
            << "layer '" << layer << "'";
    }
    EXPECT_EQ(loaded.state().rondomjong.tiles.size(), s.state().rondomjong.tiles.size());
    EXPECT_EQ(loaded.state().rondomjong.actions.size(), s.state().rondomjong.actions.size());
    EXPECT_EQ(loaded.state().rondomjong.layer_order, s.state().rondomjong.layer_order);
    EXPECT_EQ(loaded.state().rondomjong.note("basis", 2), s.state().rondomjong.note("basis", 2));
    EXPECT_EQ(loaded.state().applied, s.state().applied);
    EXPECT_EQ(loaded.state().undone, s.state().undone);
    EXPECT_EQ(loaded.meta().title, "Test");
    EXPECT_EQ(tafel::session_to_json(loaded), tafel::session_to_json(s));
    // The text loads the same way without a file.
    Outcome again = try_text(busy_text());
    ASSERT_TRUE(again.loaded) << again.message;
    EXPECT_EQ(again.session.events().size(), s.events().size());
}

TEST(HostileFiles, CompactAndIndentedTextLoadAlike) {
    // Sanity check for the variant helpers below: rewriting the valid file compactly still loads.
    Outcome out = try_text(variant([](rapidjson::Document&) {}));
    ASSERT_TRUE(out.loaded) << out.message;
    EXPECT_EQ(out.session.events().size(), busy_session().events().size());
}

// ---- not JSON at all --------------------------------------------------------------------

TEST(HostileFiles, EmptyTextIsRefused) {
    std::string m = expect_refused("", "empty");
    EXPECT_NE(m.find("leeg"), std::string::npos) << m;
}

TEST(HostileFiles, WhitespaceOnlyIsRefused) { expect_refused("  \n\t\r\n ", "whitespace only"); }

TEST(HostileFiles, TruncatedAtEveryFiftiethIsRefused) {
    std::string text = busy_text();
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    ASSERT_EQ(text.back(), '}');
    std::vector<size_t> cuts;
    for (int i = 0; i < 50; ++i) cuts.push_back(text.size() * i / 50);
    cuts.push_back(1);
    cuts.push_back(text.size() - 1);  // only the final brace is missing
    for (size_t cut : cuts) {
        std::string m = expect_refused(text.substr(0, cut), "cut at " + std::to_string(cut));
        if (cut > 0) {
            EXPECT_NE(m.find("beschadigd"), std::string::npos) << "cut at " << cut << ": " << m;
        }
    }
}

TEST(HostileFiles, MissingFinalNewlineStillLoads) {
    // Only the newline after the last brace is gone: that is still a complete file.
    std::string text = busy_text();
    ASSERT_EQ(text.back(), '\n');
    text.pop_back();
    Outcome out = try_text(text);
    EXPECT_TRUE(out.loaded) << out.message;
}

TEST(HostileFiles, GarbageIsRefused) {
    expect_refused("Dit is geen sessie maar een boodschappenlijst: melk, brood, kaas.", "prose");
    expect_refused("<?xml version=\"1.0\"?><sessie/>", "xml");
    expect_refused("format=tafelgesprek-sessie\nversion=1\n", "ini");
    expect_refused("{\"format\": \"tafelgesprek-sessie\", \"version\": 1,}", "trailing comma");
    expect_refused("{'format': 'tafelgesprek-sessie'}", "single quotes");
    expect_refused("{\"version\": NaN}", "NaN");
    expect_refused("{\"version\": 1e999}", "huge number");
    expect_refused(std::string("{\"format\"\0: 1}", 14), "NUL byte");
    expect_refused(busy_text() + busy_text(), "two documents");
    expect_refused(busy_text() + "x", "trailing garbage");
}

TEST(HostileFiles, ByteOrderMarkLoadsOrIsRefusedWithTheFileName) {
    // A valid file saved again by an editor that puts a UTF-8 byte order mark in front.
    // Either outcome is acceptable; a crash or a foreign exception is not.
    Outcome out = try_text("\xEF\xBB\xBF" + busy_text());
    if (out.loaded) {
        EXPECT_EQ(out.session.events().size(), busy_session().events().size());
    } else {
        EXPECT_NE(out.message.find(kShown), std::string::npos) << out.message;
        EXPECT_TRUE(looks_dutch(out.message)) << out.message;
    }
}

TEST(HostileFiles, RandomBinaryIsRefused) {
    std::mt19937 rng(20260201);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 200; ++round) {
        std::string bytes(1 + round * 37, '\0');
        for (char& c : bytes) c = static_cast<char>(byte(rng));
        expect_refused(bytes, "random bytes round " + std::to_string(round));
    }
    std::string zeros(4096, '\0');
    expect_refused(zeros, "zeros");
    // A PNG header, as if someone picked the screenshot.
    expect_refused(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "png");
}

TEST(HostileFiles, InvalidUtf8InAStringIsRefused) {
    std::string text = busy_text();
    auto at = text.find("\"title\": \"Test\"");
    ASSERT_NE(at, std::string::npos);
    for (const std::string& bad : {std::string("\xFF"), std::string("\xC3"), std::string("\xC0\xAF"),
                                   std::string("\xED\xA0\x80"), std::string("\xF4\x90\x80\x80"), std::string("\x80")}) {
        std::string broken = text;
        broken.replace(at + 10, 4, "Te" + bad + "st");
        expect_refused(broken, "invalid utf-8 in title");
    }
}

TEST(HostileFiles, DeepNestingDoesNotOverflowTheStack) {
    expect_refused(std::string(200000, '['), "200,000 open brackets");
    expect_refused(std::string(200000, '[') + std::string(200000, ']'), "200,000 balanced brackets");
    std::string objects;
    for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
    expect_refused(objects, "100,000 open objects");
    // Balanced deep nesting inside an otherwise valid file, under a key the loader does not
    // know and in the place of a field it does know: either outcome is fine, a crash is not.
    std::string text = busy_text();
    auto brace = text.find('{');
    Outcome extra = try_text(text.substr(0, brace + 1) + "\"extra\": " + std::string(200000, '[') +
                             std::string(200000, ']') + "," + text.substr(brace + 1));
    if (!extra.loaded) {
        EXPECT_NE(extra.message.find(kShown), std::string::npos) << extra.message;
    }
    std::string deep_meta = text;
    auto meta = deep_meta.find("\"meta\": {");
    ASSERT_NE(meta, std::string::npos);
    deep_meta.insert(meta + 9, "\"x\": " + std::string(200000, '[') + std::string(200000, ']') + ",");
    Outcome in_meta = try_text(deep_meta);
    if (!in_meta.loaded) {
        EXPECT_NE(in_meta.message.find(kShown), std::string::npos) << in_meta.message;
    }
    std::string deep_events = text;
    auto events = deep_events.find("\"events\": [");
    ASSERT_NE(events, std::string::npos);
    deep_events.insert(events + 11, std::string(200000, '[') + std::string(200000, ']') + ",");
    expect_refused(deep_events, "deep nesting as an event");
}

// ---- JSON, but not a session ------------------------------------------------------------

TEST(HostileFiles, OtherJsonValuesAreRefused) {
    for (const char* text : {"[]", "[1, 2, 3]", "\"tafelgesprek-sessie\"", "42", "null", "true", "{}",
                             "{\"format\": \"tafelgesprek-sessie\"}", "{\"version\": 1}"}) {
        expect_refused(text, text);
    }
    expect_refused("[" + busy_text() + "]", "valid session inside an array");
}

TEST(HostileFiles, WrongTypesAreRefused) {
    struct Case {
        const char* what;
        std::function<void(rapidjson::Document&)> change;
    };
    const std::vector<Case> cases = {
        {"version as text", [](rapidjson::Document& d) { d["version"].SetString("1"); }},
        {"version as fraction", [](rapidjson::Document& d) { d["version"].SetDouble(1.5); }},
        {"version as object", [](rapidjson::Document& d) { d["version"].SetObject(); }},
        {"format as number", [](rapidjson::Document& d) { d["format"].SetInt(1); }},
        {"meta as array", [](rapidjson::Document& d) { d["meta"].SetArray(); }},
        {"meta as text", [](rapidjson::Document& d) { d["meta"].SetString("meta"); }},
        {"title as number", [](rapidjson::Document& d) { d["meta"]["title"].SetInt(7); }},
        {"created_at_ms as text", [](rapidjson::Document& d) { d["meta"]["created_at_ms"].SetString("gisteren"); }},
        {"layers as number", [](rapidjson::Document& d) { d["content"]["rondomjong"]["layers"].SetInt(5); }},
        {"content as null", [](rapidjson::Document& d) { d["content"].SetNull(); }},
        {"events as object", [](rapidjson::Document& d) { d["events"].SetObject(); }},
        {"events as number", [](rapidjson::Document& d) { d["events"].SetInt(50); }},
        {"event as number", [](rapidjson::Document& d) { first_event(d).SetInt(1); }},
        {"event as array", [](rapidjson::Document& d) { first_event(d).SetArray(); }},
        {"at_ms as text", [](rapidjson::Document& d) { first_event(d)["at_ms"].SetString("abc"); }},
        {"at_ms as fraction", [](rapidjson::Document& d) { first_event(d)["at_ms"].SetDouble(0.5); }},
        {"at_ms beyond int64",
         [](rapidjson::Document& d) { first_event(d)["at_ms"].SetUint64(18446744073709551615ull); }},
        {"seat as text", [](rapidjson::Document& d) { first_event(d)["seat"].SetString("links"); }},
        {"kind as number", [](rapidjson::Document& d) { first_event(d)["kind"].SetInt(3); }},
        {"data as array", [](rapidjson::Document& d) { first_event(d)["data"].SetArray(); }},
        {"tile as text", [](rapidjson::Document& d) { first_event(d)["data"]["tile"].SetString("1"); }},
        {"tile beyond int", [](rapidjson::Document& d) { first_event(d)["data"]["tile"].SetInt64(4294967297ll); }},
        {"layer as number", [](rapidjson::Document& d) { first_event(d)["data"]["layer"].SetInt(2); }},
        {"layer as null", [](rapidjson::Document& d) { first_event(d)["data"]["layer"].SetNull(); }},
    };
    for (const Case& c : cases) {
        std::string message = expect_refused(variant(c.change), c.what);
        EXPECT_NE(message.find("beschadigd"), std::string::npos) << c.what << ": " << message;
    }
}

TEST(HostileFiles, MissingFieldsAreRefused) {
    struct Case {
        const char* what;
        std::function<void(rapidjson::Document&)> change;
        const char* field;  // named in the message, or nullptr
    };
    const std::vector<Case> cases = {
        {"no format", [](rapidjson::Document& d) { d.RemoveMember("format"); }, "format"},
        {"no version", [](rapidjson::Document& d) { d.RemoveMember("version"); }, "version"},
        {"no meta", [](rapidjson::Document& d) { d.RemoveMember("meta"); }, "meta"},
        {"no content", [](rapidjson::Document& d) { d.RemoveMember("content"); }, "content"},
        {"no events", [](rapidjson::Document& d) { d.RemoveMember("events"); }, "events"},
        {"no meta kind", [](rapidjson::Document& d) { d["meta"].RemoveMember("kind"); }, "kind"},
        {"no layers", [](rapidjson::Document& d) { d["content"]["rondomjong"].RemoveMember("layers"); }, "layers"},
        {"no event kind", [](rapidjson::Document& d) { first_event(d).RemoveMember("kind"); }, "kind"},
        {"no event at_ms", [](rapidjson::Document& d) { first_event(d).RemoveMember("at_ms"); }, "at_ms"},
        {"no event data", [](rapidjson::Document& d) { first_event(d).RemoveMember("data"); }, "data"},
        {"no tile", [](rapidjson::Document& d) { first_event(d)["data"].RemoveMember("tile"); }, "tile"},
        {"empty event", [](rapidjson::Document& d) { first_event(d).SetObject(); }, nullptr},
    };
    for (const Case& c : cases) {
        std::string message = expect_refused(variant(c.change), c.what);
        if (c.field) {
            EXPECT_NE(message.find(std::string("'") + c.field + "'"), std::string::npos) << c.what << ": " << message;
        }
    }
}

TEST(HostileFiles, EmptyEventListLoads) {
    Outcome out = try_text(variant([](rapidjson::Document& d) { d["events"].SetArray(); }));
    ASSERT_TRUE(out.loaded) << out.message;
    EXPECT_EQ(out.session.events().size(), 0u);
}

TEST(HostileFiles, UnknownEventKindIsRefused) {
    std::string message = expect_refused(
        variant([](rapidjson::Document& d) { first_event(d)["kind"].SetString("card_teleported"); }), "unknown kind");
    EXPECT_NE(message.find("card_teleported"), std::string::npos) << message;
    EXPECT_NE(message.find("gebeurtenis 1"), std::string::npos) << message;
    expect_refused(variant([](rapidjson::Document& d) { d["events"][5]["kind"].SetString(""); }), "empty kind");
}

TEST(HostileFiles, EventsThatDoNotFitAreRefused) {
    struct Case {
        const char* what;
        std::function<void(rapidjson::Document&)> change;
    };
    const std::vector<Case> cases = {
        {"unknown tile 9999", [](rapidjson::Document& d) { first_event(d)["data"]["tile"].SetInt(9999); }},
        {"tile 0", [](rapidjson::Document& d) { first_event(d)["data"]["tile"].SetInt(0); }},
        {"negative tile", [](rapidjson::Document& d) { first_event(d)["data"]["tile"].SetInt(-2147483647 - 1); }},
        {"unknown layer", [](rapidjson::Document& d) { first_event(d)["data"]["layer"].SetString("zolder"); }},
        {"blank card out of order",
         [](rapidjson::Document& d) {
             for (auto& e : d["events"].GetArray()) {
                 if (std::string(e["kind"].GetString()) == "blank_card_created") {
                     e["data"]["tile"].SetInt(5000);
                     break;
                 }
             }
         }},
        {"action card out of order",
         [](rapidjson::Document& d) {
             for (auto& e : d["events"].GetArray()) {
                 if (std::string(e["kind"].GetString()) == "action_card_opened") {
                     e["data"]["card"].SetInt(77);
                     break;
                 }
             }
         }},
        {"unknown step",
         [](rapidjson::Document& d) {
             for (auto& e : d["events"].GetArray()) {
                 if (std::string(e["kind"].GetString()) == "step_changed") {
                     e["data"]["step"].SetInt(2000000000);
                     break;
                 }
             }
         }},
        {"content without layers", [](rapidjson::Document& d) { d["content"]["rondomjong"]["layers"].SetArray(); }},
    };
    for (const Case& c : cases) {
        std::string message = expect_refused(variant(c.change), c.what);
        EXPECT_NE(message.find("beschadigd"), std::string::npos) << c.what << ": " << message;
    }
}

TEST(HostileFiles, NewerVersionIsRefusedAsNewer) {
    for (int version : {tafel::kFormatVersion + 1, 99, 2147483647}) {
        std::string message =
            expect_refused(variant([&](rapidjson::Document& d) { d["version"].SetInt(version); }), "newer version");
        EXPECT_NE(message.find("nieuwere versie"), std::string::npos) << message;
        EXPECT_NE(message.find(std::to_string(version)), std::string::npos) << message;
    }
    // Newer files may well hold things this version cannot read: the version still decides.
    std::string message = expect_refused(variant([](rapidjson::Document& d) {
                                             d["version"].SetInt(99);
                                             first_event(d)["kind"].SetString("hologram_shown");
                                             d.RemoveMember("meta");
                                         }),
                                         "newer version with unknown parts");
    EXPECT_NE(message.find("nieuwere versie"), std::string::npos) << message;
}

TEST(HostileFiles, ImpossibleVersionIsRefused) {
    for (int version : {0, -1, -2147483647 - 1}) {
        std::string message =
            expect_refused(variant([&](rapidjson::Document& d) { d["version"].SetInt(version); }), "version <= 0");
        EXPECT_NE(message.find("versie"), std::string::npos) << message;
    }
}

TEST(HostileFiles, OtherFormatIsRefused) {
    std::string message =
        expect_refused(variant([](rapidjson::Document& d) { d["format"].SetString("iets-anders"); }), "other format");
    EXPECT_NE(message.find("iets-anders"), std::string::npos) << message;
    expect_refused(variant([](rapidjson::Document& d) { d["format"].SetString(""); }), "empty format");
    expect_refused(variant([](rapidjson::Document& d) { d["meta"]["kind"].SetString("schaakclub"); }),
                   "unknown kind of session");
}

// ---- files on disk ----------------------------------------------------------------------

TEST(HostileFiles, FilesOnDiskAreRefusedAndLeftAlone) {
    TempDir dir;
    std::string text = busy_text();
    expect_file_refused(dir.write_file("leeg.tafel", ""), "empty file");
    expect_file_refused(dir.write_file("half.tafel", text.substr(0, text.size() / 2)), "half a file");
    expect_file_refused(dir.write_file("rommel.tafel", "rommel\x01\x02\xff"), "garbage file");
    std::string newer = variant([](rapidjson::Document& d) { d["version"].SetInt(99); });
    std::string m = expect_file_refused(dir.write_file("nieuw.tafel", newer), "newer file");
    EXPECT_NE(m.find("nieuwere versie"), std::string::npos) << m;
    // A name with spaces and non-ASCII letters is named as it is.
    expect_file_refused(dir.write_file("Sessie van Zoë (kopie).tafel", "{"), "odd name");
}

TEST(HostileFiles, ThingsThatAreNoRegularFileAreRefused) {
    TempDir dir;
    std::string m = expect_file_refused(dir.path() / "bestaat-niet.tafel", "missing file");
    EXPECT_NE(m.find("bestaat niet"), std::string::npos) << m;
    fs::create_directories(dir.path() / "map.tafel");
    expect_file_refused(dir.path() / "map.tafel", "directory");
    fs::path fifo = dir.path() / "pijp.tafel";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    expect_file_refused(fifo, "fifo (must not block)");
    fs::path link = dir.path() / "nul.tafel";
    fs::create_symlink("/dev/zero", link);
    expect_file_refused(link, "symlink to /dev/zero");
    fs::path dangling = dir.path() / "los.tafel";
    fs::create_symlink(dir.path() / "nergens", dangling);
    expect_file_refused(dangling, "dangling symlink");
}

TEST(HostileFiles, UnreadableFileIsRefused) {
    if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
    TempDir dir;
    fs::path file = dir.write_file("geheim.tafel", busy_text());
    fs::permissions(file, fs::perms::none);
    expect_file_refused(file, "unreadable file");
    fs::permissions(file, fs::perms::owner_all);
}

TEST(HostileFiles, FileLargerThan64MBIsRefusedByItsSize) {
    TempDir dir;
    fs::path file = dir.path() / "groot.tafel";
    {
        // 65 MB of spaces, then a valid session: well-formed JSON that would load if it were read,
        // so the refusal for its size shows that the size is checked before the file is parsed.
        std::ofstream out(file, std::ios::binary);
        std::string spaces(1 << 20, ' ');
        for (int i = 0; i < 65; ++i) out.write(spaces.data(), static_cast<std::streamsize>(spaces.size()));
        out << busy_text();
    }
    ASSERT_GT(fs::file_size(file), tafel::kMaxSessionFileBytes);
    // The session after the spaces loads on its own: only the size of the file is wrong.
    ASSERT_NO_THROW(tafel::session_from_json(std::string(100, ' ') + busy_text(), "klein"));
    std::string m = expect_file_refused(file, "65 MB file");
    EXPECT_NE(m.find("groter"), std::string::npos) << m;
    EXPECT_NE(m.find("64 MB"), std::string::npos) << m;
    // A sparse file of 100 GB is refused the same way, without reading it.
    fs::path sparse = dir.path() / "ijl.tafel";
    dir.write_file("ijl.tafel", "{");
    std::error_code ec;
    fs::resize_file(sparse, 100ull * 1024 * 1024 * 1024, ec);
    if (!ec) {
        std::string ms2 = expect_file_refused(sparse, "sparse 100 GB file");
        EXPECT_NE(ms2.find("groter"), std::string::npos) << ms2;
    }
    // Exactly at the limit is not refused for its size (it is refused for its content).
    fs::path limit = dir.write_file("grens.tafel", "{");
    fs::resize_file(limit, tafel::kMaxSessionFileBytes, ec);
    if (!ec) {
        std::string at_limit = expect_file_refused(limit, "file of exactly 64 MB");
        EXPECT_EQ(at_limit.find("groter"), std::string::npos) << at_limit;
    }
}

// ---- fuzzing ----------------------------------------------------------------------------

TEST(HostileFuzz, TwoThousandCorruptedVariantsLoadOrAreRefused) {
    const std::string original = busy_text();
    ASSERT_GE(busy_session().events().size(), 45u);
    std::mt19937 rng(0x7AFE1);
    const std::string inserts = "{}[]\",:0";
    auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
    // Most mutations land where they matter most: the events at the end of the file.
    const size_t events_at = original.find("\"events\"");
    ASSERT_NE(events_at, std::string::npos);
    auto position = [&](const std::string& text) -> size_t {
        if (text.empty()) return 0;
        if (pick(3) != 0 && events_at < text.size()) return events_at + pick(text.size() - events_at);
        return pick(text.size());
    };

    int loaded = 0, refused = 0, reload_failures = 0;
    std::map<std::string, std::pair<int, std::string>> refusal_kinds;  // count, first message
    auto start = std::chrono::steady_clock::now();
    for (int n = 0; n < 2000; ++n) {
        std::string text = original;
        int mutations = 1 + static_cast<int>(pick(4));
        for (int m = 0; m < mutations && !text.empty(); ++m) {
            switch (pick(4)) {
                case 0: {  // flip bits of a byte, or set a random byte
                    size_t at = position(text);
                    if (pick(2)) {
                        text[at] = static_cast<char>(text[at] ^ (1 << pick(8)));
                    } else {
                        text[at] = static_cast<char>(pick(256));
                    }
                    break;
                }
                case 1: {  // delete a short run
                    size_t at = position(text);
                    text.erase(at, 1 + pick(12));
                    break;
                }
                case 2: {  // insert structural characters
                    size_t at = position(text);
                    size_t count = 1 + pick(3);
                    for (size_t i = 0; i < count; ++i)
                        text.insert(text.begin() + static_cast<long>(at), inserts[pick(inserts.size())]);
                    break;
                }
                case 3: {  // truncate (rarely: it is almost always fatal)
                    if (pick(4) == 0) text.resize(position(text));
                    break;
                }
            }
        }
        Outcome out = try_text(text);
        if (out.loaded) {
            ++loaded;
            std::string again = tafel::session_to_json(out.session);
            Outcome second = try_text(again);
            if (!second.loaded) {
                ++reload_failures;
                ADD_FAILURE() << "variant " << n << " loaded, but its re-serialisation did not: " << second.message;
                continue;
            }
            EXPECT_EQ(second.session.events().size(), out.session.events().size()) << "variant " << n;
            EXPECT_EQ(tafel::session_to_json(second.session), again) << "variant " << n << " is not stable";
        } else {
            ++refused;
            EXPECT_NE(out.message.find(kShown), std::string::npos) << "variant " << n << ": " << out.message;
            EXPECT_TRUE(looks_dutch(out.message)) << "variant " << n << ": " << out.message;
            EXPECT_EQ(out.message.find('\n'), std::string::npos) << "variant " << n << ": " << out.message;
            // Group the refusals by the start of their explanation, for the summary below.
            std::string kind = out.message.substr(std::string(kShown).size());
            auto cut = kind.find_first_of("(:'0123456789");
            auto& entry = refusal_kinds[kind.substr(0, cut)];
            if (entry.first++ == 0) entry.second = out.message;
        }
        if (::testing::Test::HasFailure()) break;  // one broken variant says enough
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    std::cout << "[ fuzz     ] " << loaded << " variants loaded, " << refused << " refused, " << reload_failures
              << " failed to reload (" << ms << " ms)\n";
    for (const auto& [kind, seen] : refusal_kinds) {
        std::cout << "[ fuzz     ]   " << seen.first << " x" << kind << "- e.g. " << seen.second << "\n";
    }
    EXPECT_EQ(loaded + refused, 2000);
    EXPECT_GT(loaded, 0) << "no variant loaded: the mutations are too harsh to test the loading path";
    EXPECT_GT(refused, 0);
}
