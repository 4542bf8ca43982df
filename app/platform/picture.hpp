#pragma once
// Pictures (a persona's photo or drawing): a PNG or JPEG read with stb_image, checked against
// size limits, scaled down to at most 1024 px on the long side and uploaded as a GL texture
// (a GL texture name is an ImGui texture id). Everything up to the upload needs no GL, so the
// limits and the scaling are tested without a window.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/session/outcome.hpp"

namespace tafel {

constexpr std::uintmax_t kMaxPictureFileBytes = 20u * 1024u * 1024u;  // 20 MB
constexpr int kMaxPictureSide = 8000;                                 // pixels, either side
constexpr int kMaxUploadSide = 1024;                                  // long side once scaled down

struct PictureSize {
    int width = 0, height = 0;
};

// The size a picture of w x h is shown and uploaded at: unchanged when the long side is at most
// `max_side`, otherwise scaled down keeping the aspect ratio (never below 1 px).
PictureSize fitted_size(int w, int h, int max_side = kMaxUploadSide);

// Box filter: every output pixel is the average of the input pixels it covers (RGBA, 8 bit).
// out_w <= w and out_h <= h.
std::vector<unsigned char> scale_down_rgba(const unsigned char* pixels, int w, int h, int out_w, int out_h);

// The limits: refused with the reason as part of a Dutch sentence ("het bestand is groter dan 20 MB").
Outcome check_picture_file_size(std::uintmax_t bytes);
Outcome check_picture_dimensions(int w, int h);

struct DecodedPicture {
    int width = 0, height = 0;  // after scaling down
    int original_width = 0, original_height = 0;
    std::vector<unsigned char> rgba;
};

// Reads, checks and decodes a PNG or JPEG and scales it down. Refused with the reason as part of
// a Dutch sentence ("het bestand bestaat niet"). Never decodes an image over the limits.
Outcome decode_picture(const std::filesystem::path& path, DecodedPicture& out);

// "De foto van Mohammed (…/foto.png) kan niet worden gelezen: REASON. De persona wordt zonder
// foto getoond."
std::string picture_problem_sentence(const std::string& persona_name, const std::filesystem::path& path,
                                     const std::string& reason);

// Textures by path, each loaded once; freed when the cache goes (the GL context must still
// exist then: a screen owns its cache and screens go before the window).
class PictureCache {
public:
    struct Entry {
        unsigned texture = 0;  // 0: no picture (see error)
        int width = 0, height = 0;
        std::string error;      // the reason, "" when the texture is there
        bool reported = false;  // the screen has shown the error once
    };

    PictureCache() = default;
    PictureCache(const PictureCache&) = delete;
    PictureCache& operator=(const PictureCache&) = delete;
    ~PictureCache() { clear(); }

    Entry& get(const std::filesystem::path& path);
    void clear();
    size_t size() const { return entries_.size(); }

private:
    std::map<std::filesystem::path, Entry> entries_;
};

}  // namespace tafel
