#include "platform/picture.hpp"

#include <stb_image.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <system_error>

#include "platform/gl.hpp"

namespace tafel {

PictureSize fitted_size(int w, int h, int max_side) {
    if (w <= 0 || h <= 0 || max_side <= 0) return {0, 0};
    const int long_side = std::max(w, h);
    if (long_side <= max_side) return {w, h};
    const double f = static_cast<double>(max_side) / long_side;
    PictureSize s;
    s.width = w >= h ? max_side : std::max(1, static_cast<int>(std::lround(w * f)));
    s.height = h >= w ? max_side : std::max(1, static_cast<int>(std::lround(h * f)));
    return s;
}

std::vector<unsigned char> scale_down_rgba(const unsigned char* pixels, int w, int h, int out_w, int out_h) {
    std::vector<unsigned char> out(static_cast<size_t>(out_w) * out_h * 4);
    if (!pixels || w <= 0 || h <= 0 || out_w <= 0 || out_h <= 0) return out;
    for (int oy = 0; oy < out_h; ++oy) {
        // The input rows this output row covers: [y0, y1), at least one.
        const int y0 = static_cast<int>(static_cast<long long>(oy) * h / out_h);
        const int y1 = std::max(y0 + 1, static_cast<int>((static_cast<long long>(oy) + 1) * h / out_h));
        for (int ox = 0; ox < out_w; ++ox) {
            const int x0 = static_cast<int>(static_cast<long long>(ox) * w / out_w);
            const int x1 = std::max(x0 + 1, static_cast<int>((static_cast<long long>(ox) + 1) * w / out_w));
            // Colour weighted by alpha, so transparent pixels do not darken the edges.
            std::uint64_t r = 0, g = 0, b = 0, a = 0, n = 0;
            for (int y = y0; y < y1 && y < h; ++y) {
                const unsigned char* p = pixels + (static_cast<size_t>(y) * w + x0) * 4;
                for (int x = x0; x < x1 && x < w; ++x, p += 4) {
                    r += static_cast<std::uint64_t>(p[0]) * p[3];
                    g += static_cast<std::uint64_t>(p[1]) * p[3];
                    b += static_cast<std::uint64_t>(p[2]) * p[3];
                    a += p[3];
                    ++n;
                }
            }
            unsigned char* q = out.data() + (static_cast<size_t>(oy) * out_w + ox) * 4;
            if (a > 0) {
                q[0] = static_cast<unsigned char>((r + a / 2) / a);
                q[1] = static_cast<unsigned char>((g + a / 2) / a);
                q[2] = static_cast<unsigned char>((b + a / 2) / a);
            }
            q[3] = n ? static_cast<unsigned char>((a + n / 2) / n) : 0;
        }
    }
    return out;
}

Outcome check_picture_file_size(std::uintmax_t bytes) {
    if (bytes > kMaxPictureFileBytes) return "het bestand is groter dan 20 MB";
    if (bytes == 0) return "het bestand is leeg";
    return {};
}

Outcome check_picture_dimensions(int w, int h) {
    if (w <= 0 || h <= 0) return "het bestand is beschadigd of onvolledig";
    if (w > kMaxPictureSide || h > kMaxPictureSide) {
        return "de afbeelding is " + std::to_string(w) + " × " + std::to_string(h) + " pixels, meer dan de " +
               std::to_string(kMaxPictureSide) + " × " + std::to_string(kMaxPictureSide) + " die de app aankan";
    }
    return {};
}

Outcome decode_picture(const std::filesystem::path& path, DecodedPicture& out) {
    out = DecodedPicture{};
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return "het bestand bestaat niet";
    if (!std::filesystem::is_regular_file(path, ec)) return "het is geen bestand";
    const std::uintmax_t bytes = std::filesystem::file_size(path, ec);
    if (ec) return "het bestand kan niet worden geopend";
    if (Outcome size_ok = check_picture_file_size(bytes); size_ok.refused()) return size_ok;
    std::vector<unsigned char> data(static_cast<size_t>(bytes));
    {
        std::ifstream in(path, std::ios::binary);
        if (!in || !in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(data.size()))) {
            return "het bestand kan niet worden geopend";
        }
    }
    const bool png = data.size() >= 8 && data[0] == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G';
    const bool jpeg = data.size() >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;
    if (!png && !jpeg) return "het is geen PNG- of JPEG-bestand";
    // The size from the header first: a huge image is refused before anything is decoded.
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(data.data(), static_cast<int>(data.size()), &w, &h, &channels)) {
        return "het bestand is beschadigd of onvolledig";
    }
    if (Outcome side_ok = check_picture_dimensions(w, h); side_ok.refused()) return side_ok;
    unsigned char* pixels = stbi_load_from_memory(data.data(), static_cast<int>(data.size()), &w, &h, &channels, 4);
    if (!pixels) return "het bestand is beschadigd of onvolledig";
    out.original_width = w;
    out.original_height = h;
    const PictureSize size = fitted_size(w, h);
    out.width = size.width;
    out.height = size.height;
    if (size.width == w && size.height == h) {
        out.rgba.assign(pixels, pixels + static_cast<size_t>(w) * h * 4);
    } else {
        out.rgba = scale_down_rgba(pixels, w, h, size.width, size.height);
    }
    stbi_image_free(pixels);
    return {};
}

std::string picture_problem_sentence(const std::string& persona_name, const std::filesystem::path& path,
                                     const std::string& reason) {
    return "De foto van " + persona_name + " (" + path.string() + ") kan niet worden gelezen: " + reason +
           ". De persona wordt zonder foto getoond.";
}

PictureCache::Entry& PictureCache::get(const std::filesystem::path& path) {
    auto found = entries_.find(path);
    if (found != entries_.end()) return found->second;
    Entry& e = entries_[path];
    DecodedPicture picture;
    if (Outcome decoded = decode_picture(path, picture); decoded.refused()) {
        e.error = decoded.why();
        return e;
    }
    while (glGetError() != GL_NO_ERROR) {}
    glGenTextures(1, &e.texture);
    glBindTexture(GL_TEXTURE_2D, e.texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, picture.width, picture.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 picture.rgba.data());
    const bool failed = glGetError() != GL_NO_ERROR;
    glBindTexture(GL_TEXTURE_2D, 0);
    if (failed || !e.texture) {
        if (e.texture) glDeleteTextures(1, &e.texture);
        e.texture = 0;
        e.error = "de grafische kaart kan de foto niet laden";
        return e;
    }
    e.width = picture.width;
    e.height = picture.height;
    return e;
}

void PictureCache::clear() {
    for (auto& [path, e] : entries_) {
        if (e.texture) glDeleteTextures(1, &e.texture);
    }
    entries_.clear();
}

}  // namespace tafel
