#include "core/session/json.hpp"  // first: see json.hpp
#include "core/harness/play_script.hpp"

#include <cmath>
#include <set>

#include "core/session/user_error.hpp"

namespace tafel {

std::vector<ScriptLine> parse_script(const std::string& text, const std::string& shown) {
    static const std::set<std::string> kTypes = {"finger_down", "finger_move", "finger_up", "mouse_down", "mouse_move",
                                                 "mouse_up",    "text",        "key",       "wait",       "drag",
                                                 "tap",         "expect",      "hold",      "expect_fits"};
    std::vector<ScriptLine> lines;
    size_t start = 0;
    int number = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string raw = text.substr(start, end - start);
        start = end + 1;
        ++number;
        if (raw.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines are allowed
        auto fail = [&](const std::string& what) {
            std::string sentence = "Script " + shown;
            sentence += ", regel " + std::to_string(number) + ": " + what + ".";
            throw UserError(sentence);
        };
        rapidjson::Document d;
        d.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(raw.c_str(), raw.size());
        if (d.HasParseError() || !d.IsObject()) fail("dit is geen JSON-object");
        auto text_of = [&](const char* key, bool required) -> std::string {
            auto it = d.FindMember(key);
            if (it == d.MemberEnd()) {
                if (required) fail(std::string("het veld '") + key + "' ontbreekt");
                return {};
            }
            if (!it->value.IsString()) fail(std::string("'") + key + "' moet tekst zijn");
            return it->value.GetString();
        };
        auto number_of = [&](const char* key, bool required, double fallback) -> double {
            auto it = d.FindMember(key);
            if (it == d.MemberEnd()) {
                if (required) fail(std::string("het veld '") + key + "' ontbreekt");
                return fallback;
            }
            if (!it->value.IsNumber()) fail(std::string("'") + key + "' moet een getal zijn");
            return it->value.GetDouble();
        };
        ScriptLine line;
        line.line_number = number;
        line.t = number_of("t", true, 0);
        if (line.t < 0 || line.t > 24.0 * 3600 * 1000) fail("'t' moet tussen 0 en een dag (in ms) liggen");
        line.type = text_of("type", true);
        if (!kTypes.count(line.type)) fail("onbekend type '" + line.type + "'");
        line.id = static_cast<int>(number_of("id", false, line.type == "tap" ? 90 : 1));
        const bool pointer = line.type.rfind("finger_", 0) == 0 || line.type.rfind("mouse_", 0) == 0;
        if (pointer && d.HasMember("target")) {
            // A finger placed on a named target, optionally offset from its centre.
            line.target = text_of("target", true);
            line.dx = static_cast<float>(number_of("dx", false, 0));
            line.dy = static_cast<float>(number_of("dy", false, 0));
            if (std::abs(line.dx) > 1 || std::abs(line.dy) > 1) fail("'dx' en 'dy' moeten tussen -1 en 1 liggen");
        } else if (pointer) {
            line.x = static_cast<float>(number_of("x", true, 0));
            line.y = static_cast<float>(number_of("y", true, 0));
            if (line.x < 0 || line.x > 1 || line.y < 0 || line.y > 1) fail("'x' en 'y' moeten tussen 0 en 1 liggen");
        }
        if (line.type == "text") line.text = text_of("text", true);
        if (line.type == "key") line.key = text_of("key", true);
        if (line.type == "drag") {
            line.from = text_of("from", true);
            line.to = text_of("to", true);
            line.ms = number_of("ms", false, 400);
            if (line.ms < 0 || line.ms > 60000) fail("'ms' moet tussen 0 en 60000 liggen");
        }
        if (line.type == "tap") line.target = text_of("target", true);
        if (line.type == "expect") line.target = text_of("target", true);
        if (!lines.empty() && line.t < lines.back().t) fail("de tijden 't' moeten oplopen");
        lines.push_back(line);
    }
    return lines;
}

}  // namespace tafel
