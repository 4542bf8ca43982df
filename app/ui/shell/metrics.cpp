#include "ui/shell/metrics.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include "ui/shell/style.hpp"
#include "platform/os/process.hpp"

namespace tafel {

std::filesystem::path default_font_dir() {
    std::filesystem::path dir = os::environment_path("TAFEL_FONT_DIR");
    return dir.empty() ? os::default_font_dir() : dir;
}

std::string build_fonts(const Metrics& metrics, const std::filesystem::path& font_dir, Fonts& fonts) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const std::filesystem::path regular = font_dir / "DejaVuSans.ttf";
    const std::filesystem::path bold = font_dir / "DejaVuSans-Bold.ttf";
    std::error_code ec;
    if (!std::filesystem::exists(regular, ec) || !std::filesystem::exists(bold, ec)) {
        return "Het lettertype DejaVu Sans ontbreekt in " + font_dir.string() +
               ". Installeer het pakket fonts-dejavu-core of zet TAFEL_FONT_DIR.";
    }
    // Latin-1 plus Latin Extended-A (ĳ, ő…), typographic quotes and dashes, and the euro sign.
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
        static const ImWchar extra[] = {0x0100, 0x017F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x21FF,
                                        0x2300, 0x23FF, 0x25A0, 0x25FF, 0x2713, 0x2717, 0};
        builder.AddRanges(extra);
        builder.BuildRanges(&ranges);
    }
    // The font files are read here, not by ImGui: its fopen() cannot open a path with "ë" on Windows.
    auto add_font = [&](const std::filesystem::path& file, float pixels, const ImFontConfig* font_config,
                        const ImWchar* glyphs) -> ImFont* {
        std::ifstream in(file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (bytes.empty()) return nullptr;
        void* data = IM_ALLOC(bytes.size());  // the atlas owns and frees it
        std::memcpy(data, bytes.data(), bytes.size());
        return io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), pixels, font_config, glyphs);
    };
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    auto add = [&](const std::filesystem::path& file, float pixels) {
        return add_font(file, pixels, &config, ranges.Data);
    };
    fonts.body = add(regular, metrics.mm(style::kBodyFontMm));
    fonts.card = add(bold, metrics.mm(style::kCardFontMm));
    fonts.large = add(regular, metrics.mm(style::kLargeFontMm));
    fonts.bold = add(bold, metrics.mm(style::kBodyFontMm));
    // Titles and the clock, large: Latin-1 and punctuation only, without oversampling, so the
    // atlas stays small.
    static const ImWchar display_ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E,
                                             0x20AC, 0x20AC, 0x25A0, 0x25FF, 0};
    ImFontConfig display_config;
    display_config.OversampleH = 1;
    display_config.OversampleV = 1;
    fonts.display = add_font(bold, metrics.mm(style::kDisplayFontMm), &display_config, display_ranges);
    if (!fonts.body || !fonts.card || !fonts.large || !fonts.bold || !fonts.display || !io.Fonts->Build()) {
        return "Het lettertype in " + font_dir.string() +
               " kan niet worden gelezen. Installeer fonts-dejavu-core opnieuw.";
    }
    io.FontDefault = fonts.body;
    return {};
}

ImVec4 vec4(style::Rgb c, float alpha) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }

void apply_style(const Metrics& metrics) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(metrics.mm(style::kWindowPaddingMm), metrics.mm(style::kWindowPaddingMm));
    style.FramePadding = ImVec2(metrics.mm(style::kFramePaddingMm), metrics.mm(style::kFramePaddingMm));
    style.ItemSpacing = ImVec2(metrics.mm(style::kItemSpacingMm), metrics.mm(style::kItemSpacingMm));
    style.ItemInnerSpacing = ImVec2(metrics.mm(style::kItemInnerSpacingMm), metrics.mm(style::kItemInnerSpacingMm));
    style.ScrollbarSize = metrics.mm(style::kScrollbarMm);
    style.GrabMinSize = metrics.mm(style::kScrollbarMm);
    style.WindowRounding = metrics.mm(style::kWindowRoundingMm);
    style.FrameRounding = metrics.mm(style::kRoundingMm);
    style.TouchExtraPadding = ImVec2(metrics.mm(style::kTouchSlackMm), metrics.mm(style::kTouchSlackMm));
    style.Colors[ImGuiCol_WindowBg] = vec4(style::kPanel);
    // Light buttons with dark text: readable from a distance, in daylight on a glossy screen.
    style.Colors[ImGuiCol_Button] = vec4(style::kButton);
    style.Colors[ImGuiCol_ButtonHovered] = vec4(style::kButtonHover);
    style.Colors[ImGuiCol_ButtonActive] = vec4(style::kButtonActive);
    style.Colors[ImGuiCol_Border] = vec4(style::kFrameBorder, style::kFrameBorderAlpha);
    style.FrameBorderSize = std::max(1.0f, metrics.mm(style::kFrameBorderMm));
    style.Colors[ImGuiCol_Text] = vec4(style::kInk);
    // Hints are read too: the light theme's grey is 2.7:1, this one is over 7:1 (see style.hpp).
    style.Colors[ImGuiCol_TextDisabled] = vec4(style::kHint);
}

}  // namespace tafel
