#include <gtest/gtest.h>
#include <imgui.h>

#include <cstring>

#include "platform/input_feed.hpp"
#include "platform/ui_pointer.hpp"

using namespace tafel;

namespace {
SDL_Event finger(Uint32 type, SDL_FingerID id, float x, float y) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.touchId = 7;
    e.tfinger.fingerId = id;
    e.tfinger.x = x;
    e.tfinger.y = y;
    return e;
}
SDL_Event mouse_button(Uint32 type, int x, int y, Uint32 which = 0) {
    SDL_Event e{};
    e.type = type;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.which = which;
    e.button.x = x;
    e.button.y = y;
    return e;
}
std::vector<InputEvent> feed_all(InputFeed& feed, const std::vector<SDL_Event>& events) {
    std::vector<InputEvent> out;
    for (const SDL_Event& e : events) feed.translate(e, out);
    return out;
}
}  // namespace

TEST(InputFeed, FingersBecomePointersInWindowPixels) {
    InputFeed feed;
    feed.set_window_size(1000, 500);
    auto out = feed_all(feed, {finger(SDL_FINGERDOWN, 11, 0.5f, 0.5f), finger(SDL_FINGERMOTION, 11, 0.6f, 0.5f),
                               finger(SDL_FINGERUP, 11, 0.6f, 0.5f)});
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].type, InputEvent::Type::pointer_down);
    EXPECT_FLOAT_EQ(out[0].x, 500.0f);
    EXPECT_FLOAT_EQ(out[0].y, 250.0f);
    EXPECT_EQ(out[1].type, InputEvent::Type::pointer_move);
    EXPECT_FLOAT_EQ(out[1].x, 600.0f);
    EXPECT_EQ(out[2].type, InputEvent::Type::pointer_up);
    EXPECT_NE(out[0].pointer, kMousePointer);
    EXPECT_EQ(out[0].pointer, out[2].pointer);
}

TEST(InputFeed, TwoFingersAtOnceStaySeparate) {
    InputFeed feed;
    feed.set_window_size(100, 100);
    auto out = feed_all(feed, {finger(SDL_FINGERDOWN, 1, 0.1f, 0.1f), finger(SDL_FINGERDOWN, 2, 0.9f, 0.9f),
                               finger(SDL_FINGERMOTION, 2, 0.8f, 0.8f), finger(SDL_FINGERMOTION, 1, 0.2f, 0.2f),
                               finger(SDL_FINGERUP, 1, 0.2f, 0.2f), finger(SDL_FINGERUP, 2, 0.8f, 0.8f)});
    ASSERT_EQ(out.size(), 6u);
    const PointerId a = out[0].pointer, b = out[1].pointer;
    EXPECT_NE(a, b);
    EXPECT_EQ(out[2].pointer, b);
    EXPECT_FLOAT_EQ(out[2].x, 80.0f);
    EXPECT_EQ(out[3].pointer, a);
    EXPECT_FLOAT_EQ(out[3].x, 20.0f);
    EXPECT_EQ(out[4].pointer, a);
    EXPECT_EQ(out[5].pointer, b);
    EXPECT_EQ(feed.fingers_down(), 0);
}

TEST(InputFeed, MouseIsItsOwnPointerAndSyntheticTouchMouseIsIgnored) {
    InputFeed feed;
    feed.set_window_size(100, 100);
    auto out = feed_all(feed, {mouse_button(SDL_MOUSEBUTTONDOWN, 5, 6), mouse_button(SDL_MOUSEBUTTONUP, 5, 6),
                               mouse_button(SDL_MOUSEBUTTONDOWN, 5, 6, SDL_TOUCH_MOUSEID)});
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].pointer, kMousePointer);
    EXPECT_EQ(out[0].type, InputEvent::Type::pointer_down);
    EXPECT_EQ(out[1].type, InputEvent::Type::pointer_up);
}

TEST(InputFeed, StrayFingerEventsAreDropped) {
    InputFeed feed;
    auto out = feed_all(feed, {finger(SDL_FINGERMOTION, 3, 0.1f, 0.1f), finger(SDL_FINGERUP, 3, 0.1f, 0.1f),
                               finger(SDL_FINGERDOWN, 4, 0.1f, 0.1f), finger(SDL_FINGERDOWN, 4, 0.1f, 0.1f)});
    EXPECT_EQ(out.size(), 1u);  // only the first down of finger 4
}

TEST(InputFeed, KeysAndText) {
    InputFeed feed;
    SDL_Event key{};
    key.type = SDL_KEYDOWN;
    key.key.keysym.sym = SDLK_BACKSPACE;
    SDL_Event text{};
    text.type = SDL_TEXTINPUT;
    std::strcpy(text.text.text, "ë");
    auto out = feed_all(feed, {key, text});
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].type, InputEvent::Type::key_down);
    EXPECT_EQ(out[0].key, SDLK_BACKSPACE);
    EXPECT_EQ(out[1].text, "ë");
}

namespace {
// A minimal ImGui frame with one button; returns whether it was clicked.
bool frame_with_button(UiPointerFeed& ui) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(400, 300);
    io.DeltaTime = 1.0f / 60.0f;
    ui.apply(io);
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("w", nullptr, ImGuiWindowFlags_NoTitleBar);
    ImGui::SetCursorPos(ImVec2(100, 100));
    bool clicked = ImGui::Button("Volgende stap", ImVec2(100, 50));
    ImGui::End();
    ImGui::Render();
    return clicked;
}
struct ImGuiFixture : ::testing::Test {
    void SetUp() override {
        ImGui::CreateContext();
        ImGui::GetIO().Fonts->Build();
        ImGui::GetIO().IniFilename = nullptr;
    }
    void TearDown() override { ImGui::DestroyContext(); }
};
}  // namespace

using UiPointer = ImGuiFixture;

TEST_F(UiPointer, APressAndReleaseWithinOneFrameStillClick) {
    UiPointerFeed ui;
    frame_with_button(ui);  // the window appears
    ui.press(5, 150, 125);
    ui.release(150, 125);  // both before the next frame
    int clicks = 0;
    for (int i = 0; i < 4; ++i) clicks += frame_with_button(ui) ? 1 : 0;
    EXPECT_EQ(clicks, 1);
}

TEST_F(UiPointer, AtMostOneButtonTransitionPerFrame) {
    UiPointerFeed ui;
    ui.press(5, 150, 125);
    ui.release(150, 125);
    ui.press(6, 150, 125);
    ui.release(150, 125);
    ImGuiIO& io = ImGui::GetIO();
    std::vector<bool> downs;
    for (int i = 0; i < 5; ++i) {
        ui.apply(io);
        downs.push_back(io.MouseDown[0]);
    }
    EXPECT_EQ(downs, (std::vector<bool>{true, false, true, false, false}));
}

TEST_F(UiPointer, AFingerHeldStillStaysWhereItCameDown) {
    UiPointerFeed ui;
    ImGuiIO& io = ImGui::GetIO();
    ui.press(5, 150, 125);
    ui.apply(io);  // the press
    ui.apply(io);  // held, not moved
    EXPECT_TRUE(io.MouseDown[0]);
    EXPECT_EQ(io.MousePos.x, 150);
    EXPECT_EQ(io.MousePos.y, 125);
}

TEST_F(UiPointer, ALiftedFingerLeavesNoHover) {
    UiPointerFeed ui;
    ui.press(5, 150, 125);
    ui.release(150, 125);
    ImGuiIO& io = ImGui::GetIO();
    ui.apply(io);
    ui.apply(io);
    EXPECT_TRUE(ui.apply(io));  // clears the hover: one more frame wanted
    EXPECT_LT(io.MousePos.x, -1e30f);
    EXPECT_FALSE(ui.pending());
}
