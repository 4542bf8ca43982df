#include "report/pdf_document.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>

#include "core/session/user_error.hpp"
#include "report/pdf_fonts.hpp"

namespace tafel::pdf {
namespace {
const char* kFont = "DejaVu Sans";
}  // namespace

size_t utf8_next(const std::string& s, size_t at) {
    ++at;
    while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;
    return std::min(at, s.size());
}

Document::Document(std::string footer) : footer_(std::move(footer)) {
    // Into memory, so the caller can write the finished file atomically.
    surface_ = cairo_pdf_surface_create_for_stream(&Document::append, this, kPageW, kPageH);
    cr_ = cairo_create(surface_);
}

Document::~Document() {
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
}

cairo_status_t Document::append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<Document*>(closure)->bytes_.append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void Document::font(double size, bool bold) {
    if (cairo_font_face_t* face = own_font_face(bold))
        cairo_set_font_face(cr_, face);
    else
        cairo_select_font_face(cr_, kFont, CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_, size);
    size_ = size;
}

void Document::color(const Rgb& c) { cairo_set_source_rgb(cr_, c.r, c.g, c.b); }

void Document::fill(const Rgb& c) {
    color(c);
    cairo_fill(cr_);
}

double Document::width_of(const std::string& s) {
    cairo_text_extents_t e;
    cairo_text_extents(cr_, s.c_str(), &e);
    return e.x_advance;
}

std::vector<std::string> Document::wrap(const std::string& text, double width) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        std::string paragraph = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        std::string line, word;
        auto flush_word = [&]() {
            if (word.empty()) return;
            std::string candidate = line.empty() ? word : line;
            if (!line.empty()) candidate.append(" ").append(word);
            if (width_of(candidate) <= width) {
                line = candidate;
                word.clear();
                return;
            }
            if (!line.empty()) lines.push_back(line);
            // A word wider than the line (a web address, say) is cut between characters.
            while (width_of(word) > width) {
                size_t cut = utf8_next(word, 0);
                for (size_t end = utf8_next(word, cut); end <= word.size() && width_of(word.substr(0, end)) <= width;
                     end = utf8_next(word, end)) {
                    cut = end;
                    if (end == word.size()) break;
                }
                lines.push_back(word.substr(0, cut));
                word.erase(0, cut);
            }
            line = word;
            word.clear();
        };
        for (char ch : paragraph) {
            if (ch == ' ') {
                flush_word();
            } else {
                word += ch;
            }
        }
        flush_word();
        lines.push_back(line);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return lines;
}

void Document::need(double height) {
    if (y_ + height > kPageH - kMargin) new_page();
}

void Document::new_page() {
    if (y_ <= kMargin) return;
    finish_page();
    cairo_show_page(cr_);
    y_ = kMargin;
}

void Document::finish_page() {
    ++page_;
    // The footer must not change the font of text that continues on the next page.
    cairo_save(cr_);
    const double size = size_;
    font(7.5);
    color(kGrey);
    cairo_move_to(cr_, kMargin, kPageH - kMargin * 0.5);
    cairo_show_text(cr_, footer_.c_str());
    std::string number = "pagina " + std::to_string(page_);
    cairo_move_to(cr_, kPageW - kMargin - width_of(number), kPageH - kMargin * 0.5);
    cairo_show_text(cr_, number.c_str());
    cairo_restore(cr_);
    size_ = size;
}

void Document::paragraph(const std::string& text, double x, double width) {
    for (const std::string& l : wrap(text, width)) {
        need(line_height());
        cairo_move_to(cr_, kMargin + x, y_ + size_);
        cairo_show_text(cr_, l.c_str());
        y_ += line_height();
    }
}

void Document::bullet(const std::string& text, double x) {
    const double indent = size_ * 1.2;
    need(line_height());
    cairo_move_to(cr_, kMargin + x, y_ + size_);
    cairo_show_text(cr_, "•");
    paragraph(text, x + indent, kTextW - x - indent);
}

void Document::heading(const std::string& text, double size, const Rgb& c) {
    need(size * 3.2);  // a heading never sits alone at the bottom of a page
    y_ += size * 0.5;
    font(size, true);
    color(c);
    paragraph(text);
    y_ += size * 0.25;
}

void Document::title(const std::string& kicker, const std::string& title) {
    y_ = kMargin + 120;
    font(12, true);
    color(kAccent);
    paragraph(kicker);
    move(6);
    font(24, true);
    color(kInk);
    paragraph(title);
    move(18);
}

void Document::fact(const std::string& label, const std::string& value) {
    const double label_w = 120;
    font(11);
    need(line_height());
    font(11, true);
    color(kGrey);
    cairo_move_to(cr_, kMargin, y_ + 11);
    cairo_show_text(cr_, label.c_str());
    font(11);
    color(kInk);
    paragraph(value, label_w, kTextW - label_w);
    move(4);
}

void Document::boxed(const Rgb& border, const std::function<void()>& body) {
    need(60);
    const double top = y_;
    move(5);
    body();
    move(4);
    if (y_ > top) {
        cairo_rectangle(cr_, kMargin, top, kTextW, y_ - top);
        color(border);
        cairo_set_line_width(cr_, 0.8);
        cairo_stroke(cr_);
    }
    move(8);
}

std::string Document::finish() {
    finish_page();
    cairo_surface_finish(surface_);
    const cairo_status_t status = cairo_surface_status(surface_);
    if (status != CAIRO_STATUS_SUCCESS) {
        throw UserError(std::string("Het pdf-verslag kan niet worden opgemaakt (") + cairo_status_to_string(status) +
                        "); probeer het opnieuw of kies een ander formaat.");
    }
    return std::move(bytes_);
}

std::vector<std::string> wrap_card(Document& d, const std::string& text, double width) {
    std::vector<std::string> pieces;  // each keeps the separator that follows it
    std::string piece;
    for (char ch : text) {
        piece += ch;
        if (ch == ' ' || ch == '/') {
            pieces.push_back(piece);
            piece.clear();
        }
    }
    if (!piece.empty()) pieces.push_back(piece);
    auto trimmed = [](std::string t) {
        while (!t.empty() && t.back() == ' ') t.pop_back();
        return t;
    };
    std::vector<std::string> lines;
    std::string line;
    for (const std::string& p : pieces) {
        if (!line.empty() && d.width_of(trimmed(line + p)) > width) {
            lines.push_back(trimmed(line));
            line.clear();
        }
        line += p;
    }
    if (!trimmed(line).empty()) lines.push_back(trimmed(line));
    return lines;
}

void text_in_box(Document& d, const std::string& text, double x, double y, double w, double h, double size, bool bold,
                 double min_size) {
    std::vector<std::string> lines;
    bool fits = false;
    for (;; size *= 0.92) {
        size = std::max(size, min_size);
        d.font(size, bold);
        lines = wrap_card(d, text, w);
        double widest = 0;
        for (const auto& l : lines) widest = std::max(widest, d.width_of(l));
        fits = widest <= w && lines.size() * size * 1.15 <= h;
        if (fits || size == min_size) break;
    }
    const size_t room = std::max<size_t>(1, static_cast<size_t>(h / (size * 1.15)));
    if (lines.size() > room) {
        // Still too long at the smallest size: the lines that fit, the last one ending in "…".
        lines.resize(room);
        std::string& last = lines.back();
        while (!last.empty() && d.width_of(last + "…") > w) {
            size_t start = last.size() - 1;
            while (start > 0 && (static_cast<unsigned char>(last[start]) & 0xC0) == 0x80) --start;
            last.erase(start);
        }
        last += "…";
    }
    cairo_save(d.cr());
    if (!fits) {  // a word too wide for the box is cut off at its edge, not drawn over its neighbours
        cairo_rectangle(d.cr(), x, y, w, h);
        cairo_clip(d.cr());
    }
    double ty = y + (h - lines.size() * size * 1.15) / 2 + size * 0.95;
    for (const auto& l : lines) {
        cairo_move_to(d.cr(), x + (w - d.width_of(l)) / 2, ty);
        cairo_show_text(d.cr(), l.c_str());
        ty += size * 1.15;
    }
    cairo_restore(d.cr());
}

void rounded_rect(cairo_t* cr, double x, double y, double w, double h, double radius) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - radius, y + radius, radius, -M_PI / 2, 0);
    cairo_arc(cr, x + w - radius, y + h - radius, radius, 0, M_PI / 2);
    cairo_arc(cr, x + radius, y + h - radius, radius, M_PI / 2, M_PI);
    cairo_arc(cr, x + radius, y + radius, radius, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

void draw_table(Document& d, const std::vector<TableColumn>& columns, const std::vector<std::vector<TableCell>>& rows) {
    constexpr double kSize = 8, kLine = 10.5, kPad = 5;
    d.font(kSize, true);
    std::vector<std::vector<std::string>> titles;
    size_t title_lines = 1;
    for (const TableColumn& c : columns) {
        titles.push_back(d.wrap(c.title, c.width - 6));
        title_lines = std::max(title_lines, titles.back().size());
    }
    const double header_h = title_lines * kLine + 5.5;
    auto header = [&]() {
        cairo_rectangle(d.cr(), kMargin, d.y(), kTextW, header_h);
        d.fill({0.86, 0.9, 0.94});
        d.font(kSize, true);
        d.color(kInk);
        double x = kMargin;
        for (size_t i = 0; i < columns.size(); ++i) {
            for (size_t l = 0; l < titles[i].size(); ++l) {
                cairo_move_to(d.cr(), x + 3, d.y() + 11 + l * kLine);
                cairo_show_text(d.cr(), titles[i][l].c_str());
            }
            x += columns[i].width;
        }
        d.move(header_h + 2);
    };
    d.need(header_h + 2 + kLine + kPad);  // never a header alone at the bottom of a page
    header();
    // Room for rows below the header on a fresh page.
    const double page_room = kPageH - 2 * kMargin - header_h - 2;
    bool shade = false;
    for (const std::vector<TableCell>& row : rows) {
        std::vector<std::vector<std::string>> wrapped;
        size_t lines = 1;
        for (size_t i = 0; i < columns.size(); ++i) {
            const TableCell cell = i < row.size() ? row[i] : TableCell{};
            d.font(kSize, cell.bold);
            wrapped.push_back(d.wrap(cell.text, columns[i].width - 6));
            lines = std::max(lines, wrapped.back().size());
        }
        for (size_t first = 0; first < lines;) {
            const size_t remaining = lines - first;
            const double room = kPageH - kMargin - d.y() - kPad;
            const size_t fit = room < kLine ? 0 : static_cast<size_t>(room / kLine);
            // A row moves whole to the next page when it fits there; only a longer one is split.
            if (fit < remaining && (fit == 0 || remaining * kLine + kPad <= page_room)) {
                d.new_page();
                header();
                continue;
            }
            const size_t count = std::min(remaining, fit);
            const double part_h = count * kLine + kPad;
            if (shade) {
                cairo_rectangle(d.cr(), kMargin, d.y() - 1, kTextW, part_h);
                d.fill({0.96, 0.96, 0.95});
            }
            double x = kMargin;
            for (size_t i = 0; i < columns.size(); ++i) {
                const TableCell cell = i < row.size() ? row[i] : TableCell{};
                d.font(kSize, cell.bold);
                d.color(cell.color);
                for (size_t l = first; l < std::min(first + count, wrapped[i].size()); ++l) {
                    cairo_move_to(d.cr(), x + 3, d.y() + 8 + (l - first) * kLine);
                    cairo_show_text(d.cr(), wrapped[i][l].c_str());
                }
                x += columns[i].width;
            }
            d.move(part_h);
            first += count;
        }
        shade = !shade;
    }
}

}  // namespace tafel::pdf
