#include "core/rondomjong/card_words.hpp"

#include <cctype>

#include "core/session/content.hpp"

namespace tafel {
namespace {

// A piece of text up to and with the place where a line may break after it.
struct Piece {
    std::string text;   // without a soft hyphen
    bool soft = false;  // ends at a soft hyphen: a "-" is drawn when the line breaks here
};

std::vector<Piece> break_pieces(const std::string& text) {
    static const std::string shy = kSoftHyphen;
    std::vector<Piece> pieces;
    Piece piece;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, shy.size(), shy) == 0) {
            piece.soft = true;
            pieces.push_back(piece);
            piece = {};
            ++i;
            continue;
        }
        piece.text += text[i];
        if (text[i] == ' ' || text[i] == '/' || text[i] == '-') {
            pieces.push_back(piece);
            piece = {};
        }
    }
    if (!piece.text.empty()) pieces.push_back(piece);
    return pieces;
}

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

bool is_continuation(const std::string& s, size_t at) { return (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80; }

bool is_vowel(const std::string& s, size_t at) {
    if (at >= s.size()) return false;
    const unsigned char c = static_cast<unsigned char>(s[at]);
    if (c >= 0xC0) return true;  // Ë, É, Ö, Ü, Ï, …: in Dutch words the accented letters are vowels
    switch (std::toupper(c)) {
        case 'A':
        case 'E':
        case 'I':
        case 'O':
        case 'U':
        case 'Y':
            return true;
        case 'J':
            return at > 0 && std::toupper(static_cast<unsigned char>(s[at - 1])) == 'I';  // the "ij"
        default:
            return false;
    }
}

bool is_consonant(const std::string& s, size_t at) {
    return at < s.size() && std::isalpha(static_cast<unsigned char>(s[at])) && !is_vowel(s, at);
}

bool upper_is(const std::string& s, size_t at, char c) {
    return at < s.size() && std::toupper(static_cast<unsigned char>(s[at])) == c;
}

// A consonant and an "l" or "r" that can begin a Dutch syllable together ("pl", "br", "kr", "vr", …).
bool liquid_onset_at(const std::string& s, size_t at) {
    if (at + 1 >= s.size()) return false;
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(s[at])));
    const char next = static_cast<char>(std::toupper(static_cast<unsigned char>(s[at + 1])));
    return (next == 'R' && std::string("BDFGKPTVW").find(c) != std::string::npos) ||
           (next == 'L' && std::string("BFGKPV").find(c) != std::string::npos);
}

// Whether a Dutch syllable starts at `at`: a single consonant before a vowel starts one
// (ma-ken, ker-ken, vertrou-wens), and so do "ch", "sch", "schr" together (la-chen, ver-schil)
// and, after another consonant, a consonant with "l" or "r" (ver-pleeg, amb-tenaar but
// ont-vreemd).
bool syllable_starts_at(const std::string& s, size_t at) {
    if (at == 0 || !is_consonant(s, at)) return false;
    const bool after_a_letter = is_consonant(s, at - 1) || is_vowel(s, at - 1) || is_continuation(s, at - 1);
    if (!after_a_letter) return false;
    if (upper_is(s, at, 'S') && upper_is(s, at + 1, 'C') && upper_is(s, at + 2, 'H'))
        return is_vowel(s, at + 3) || (upper_is(s, at + 3, 'R') && is_vowel(s, at + 4));
    if (upper_is(s, at, 'C') && upper_is(s, at + 1, 'H')) return !upper_is(s, at - 1, 'S') && is_vowel(s, at + 2);
    if (upper_is(s, at, 'H') && upper_is(s, at - 1, 'C')) return false;
    if (upper_is(s, at, 'R') && upper_is(s, at - 1, 'H') && upper_is(s, at - 2, 'C')) return false;  // sch|r
    if (is_consonant(s, at - 1) && liquid_onset_at(s, at)) return is_vowel(s, at + 2);
    if (at >= 2 && is_consonant(s, at - 2) && liquid_onset_at(s, at - 1)) return false;  // the pair begins before
    return is_vowel(s, at + 1);
}

// A piece wider than a line, broken with a "-" where no place is given: the last resort (a
// long typed word). Breaks where a Dutch syllable starts, if one lies in the line, and leaves
// at least four letters for the next line ("JONGERENWERK-ER" never). Returns the lines it
// filled; `piece` keeps the rest.
void break_anywhere(const TextWidth& width_of, float max_width, Piece& piece, std::vector<std::string>& lines) {
    std::string& p = piece.text;
    while (width_of(trimmed(p)) > max_width && p.size() > 4) {
        size_t cut = p.size() - 1;
        while (cut > 2 && (is_continuation(p, cut) || width_of(p.substr(0, cut) + "-") > max_width)) --cut;
        while (cut > 2 && p.size() - cut < 4) --cut;
        while (cut > 2 && is_continuation(p, cut)) --cut;
        if (cut <= 2) return;
        while (cut > 2 && upper_is(p, cut, 'J') && upper_is(p, cut - 1, 'I')) --cut;  // never "I-" / "J"
        for (size_t at = cut; at >= 2; --at) {
            if (syllable_starts_at(p, at)) {
                cut = at;
                break;
            }
        }
        lines.push_back(p.substr(0, cut) + "-");
        p = p.substr(cut);
    }
}

}  // namespace

std::vector<std::string> wrap_card_text(const TextWidth& width_of, float max_width, const std::string& text,
                                        bool last_resort) {
    std::vector<std::string> lines;
    std::string line;
    bool line_soft = false;  // the line so far ends at a soft hyphen
    auto shown = [](const std::string& l, bool soft) { return trimmed(l) + (soft ? "-" : ""); };
    for (Piece p : break_pieces(text)) {
        if (!line.empty() && width_of(shown(line + p.text, p.soft)) > max_width) {
            lines.push_back(shown(line, line_soft));
            line.clear();
        }
        if (last_resort && line.empty()) break_anywhere(width_of, max_width, p, lines);
        line += p.text;
        line_soft = p.soft;
    }
    if (!trimmed(line).empty()) lines.push_back(trimmed(line));
    return lines;
}

}  // namespace tafel
