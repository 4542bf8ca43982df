#pragma once
// Bytes of a PNG whose header claims w x h pixels but whose pixel data is broken: a picture
// that is "huge" or "corrupt" without writing megabytes. Shared by the picture tests.
#include <cstdint>
#include <string>

namespace tafel::test {

inline std::uint32_t crc32(const std::string& bytes) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : bytes) {
        c ^= b;
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return c ^ 0xFFFFFFFFu;
}

inline std::string be32(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

inline std::string png_header_only(std::uint32_t w, std::uint32_t h) {
    auto chunk = [](const std::string& kind, const std::string& data) {
        return be32(static_cast<std::uint32_t>(data.size())) + kind + data + be32(crc32(kind + data));
    };
    std::string ihdr = be32(w) + be32(h) + std::string("\x08\x02\x00\x00\x00", 5);
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", "not zlib at all") +
           chunk("IEND", "");
}

}  // namespace tafel::test
