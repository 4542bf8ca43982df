#include <gtest/gtest.h>

#include "core/harness/play_script.hpp"
#include "core/session/user_error.hpp"

using namespace tafel;

TEST(PlayScript, ParsesEveryLineType) {
    auto lines = parse_script(
        "{\"t\":0,\"type\":\"finger_down\",\"id\":2,\"x\":0.5,\"y\":0.25}\n"
        "\n"
        "{\"t\":10,\"type\":\"drag\",\"id\":1,\"from\":\"card:MENTOR\",\"to\":\"layer:basis\",\"ms\":400}\n"
        "{\"t\":20,\"type\":\"tap\",\"target\":\"button:Volgende stap\"}\n"
        "{\"t\":30,\"type\":\"text\",\"text\":\"Zoë\"}\n"
        "{\"t\":40,\"type\":\"key\",\"key\":\"Return\"}\n"
        "{\"t\":50,\"type\":\"wait\"}\n"
        "{\"t\":60,\"type\":\"expect_fits\"}\n",
        "s.jsonl");
    ASSERT_EQ(lines.size(), 7u);
    EXPECT_EQ(lines[0].id, 2);
    EXPECT_FLOAT_EQ(lines[0].y, 0.25f);
    EXPECT_EQ(lines[1].from, "card:MENTOR");
    EXPECT_EQ(lines[1].line_number, 3);
    EXPECT_EQ(lines[2].target, "button:Volgende stap");
    EXPECT_EQ(lines[3].text, "Zoë");
    EXPECT_EQ(lines[4].key, "Return");
    EXPECT_EQ(lines[6].type, "expect_fits");
}

TEST(PlayScript, AnErrorNamesItsLine) {
    auto error_of = [](const std::string& text) {
        try {
            parse_script(text, "s.jsonl");
        } catch (const UserError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    EXPECT_NE(error_of("{\"t\":0,\"type\":\"wait\"}\n{\"t\":5,\"type\":\"fly\"}").find("regel 2"), std::string::npos);
    EXPECT_NE(error_of("{\"t\":0,\"type\":\"tap\"}").find("'target' ontbreekt"), std::string::npos);
    EXPECT_NE(error_of("nonsens").find("regel 1"), std::string::npos);
    EXPECT_NE(error_of("{\"t\":0,\"type\":\"finger_down\",\"x\":2,\"y\":0}").find("tussen 0 en 1"), std::string::npos);
    EXPECT_NE(error_of("{\"t\":9,\"type\":\"wait\"}\n{\"t\":5,\"type\":\"wait\"}").find("oplopen"), std::string::npos);
}
