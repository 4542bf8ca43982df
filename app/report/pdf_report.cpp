#include "report/pdf_report.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/follow_up.hpp"
#include "core/user_error.hpp"

namespace tafel {
namespace {

// A4 in points; margins of 2 cm.
constexpr double kPageW = 595.28, kPageH = 841.89, kMargin = 56.7;
constexpr double kTextW = kPageW - 2 * kMargin;
const char* kFont = "DejaVu Sans";

struct Rgb {
    double r, g, b;
};
const Rgb kInk{0.12, 0.12, 0.14}, kGrey{0.42, 0.42, 0.45}, kRed{0.72, 0.1, 0.1}, kAccent{0.12, 0.39, 0.55};
const Rgb kLayerFill[] = {{0.84, 0.89, 0.78}, {0.78, 0.87, 0.93}, {0.96, 0.88, 0.75}, {0.94, 0.78, 0.77}};

// A page-by-page writer: a cursor that moves down and breaks to a new page when needed.
class Report {
public:
    Report(const std::filesystem::path& out, std::string footer) : footer_(std::move(footer)) {
        surface_ = cairo_pdf_surface_create(out.c_str(), kPageW, kPageH);
        cr_ = cairo_create(surface_);
        y_ = kMargin;
    }
    ~Report() {
        cairo_destroy(cr_);
        cairo_surface_destroy(surface_);
    }
    cairo_t* cr() { return cr_; }
    double y() const { return y_; }
    void set_y(double y) { y_ = y; }
    void move(double dy) { y_ += dy; }

    void font(double size, bool bold = false) {
        cairo_select_font_face(cr_, kFont, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(cr_, size);
        size_ = size;
    }
    void color(const Rgb& c) { cairo_set_source_rgb(cr_, c.r, c.g, c.b); }
    double width_of(const std::string& s) {
        cairo_text_extents_t e;
        cairo_text_extents(cr_, s.c_str(), &e);
        return e.x_advance;
    }
    double line_height() const { return size_ * 1.35; }

    // Greedy word wrap by measured width, in the current font.
    std::vector<std::string> wrap(const std::string& text, double width) {
        std::vector<std::string> lines;
        size_t start = 0;
        while (start <= text.size()) {
            size_t end = text.find('\n', start);
            std::string paragraph = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
            std::string line, word;
            auto flush_word = [&]() {
                if (word.empty()) return;
                std::string candidate = line.empty() ? word : line + " " + word;
                if (!line.empty() && width_of(candidate) > width) {
                    lines.push_back(line);
                    line = word;
                } else {
                    line = candidate;
                }
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

    // Starts a new page when `height` does not fit below the cursor.
    void need(double height) {
        if (y_ + height > kPageH - kMargin) new_page();
    }
    void new_page() {
        finish_page();
        cairo_show_page(cr_);
        y_ = kMargin;
    }
    void finish_page() {
        ++page_;
        font(7.5);
        color(kGrey);
        cairo_move_to(cr_, kMargin, kPageH - kMargin * 0.5);
        cairo_show_text(cr_, footer_.c_str());
        std::string number = "pagina " + std::to_string(page_);
        cairo_move_to(cr_, kPageW - kMargin - width_of(number), kPageH - kMargin * 0.5);
        cairo_show_text(cr_, number.c_str());
    }

    // Wrapped text at x (from the left margin) in the current font; moves the cursor.
    void paragraph(const std::string& text, double x = 0, double width = kTextW) {
        for (const std::string& l : wrap(text, width)) {
            need(line_height());
            cairo_move_to(cr_, kMargin + x, y_ + size_);
            cairo_show_text(cr_, l.c_str());
            y_ += line_height();
        }
    }
    void heading(const std::string& text, double size, const Rgb& c = kInk) {
        need(size * 3.2);  // a heading never sits alone at the bottom of a page
        y_ += size * 0.5;
        font(size, true);
        color(c);
        paragraph(text);
        y_ += size * 0.25;
    }
    void finish() {
        finish_page();
        cairo_surface_finish(surface_);
    }
    cairo_status_t status() { return cairo_surface_status(surface_); }

private:
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    double y_ = 0, size_ = 10;
    int page_ = 0;
    std::string footer_;
};

// Card names break at spaces and after a slash ("OUDERS/" "VERZORGERS"), as on the table.
std::vector<std::string> wrap_card(Report& r, const std::string& text, double width) {
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
        if (!line.empty() && r.width_of(trimmed(line + p)) > width) {
            lines.push_back(trimmed(line));
            line.clear();
        }
        line += p;
    }
    if (!trimmed(line).empty()) lines.push_back(trimmed(line));
    return lines;
}

// Text centred in a box, wrapped and shrunk until it fits (card names on the pyramid).
void text_in_box(Report& r, const std::string& text, double x, double y, double w, double h, double size, bool bold) {
    std::vector<std::string> lines;
    for (; size > 4; size *= 0.92) {
        r.font(size, bold);
        lines = wrap_card(r, text, w);
        double widest = 0;
        for (const auto& l : lines) widest = std::max(widest, r.width_of(l));
        if (widest <= w && lines.size() * size * 1.15 <= h) break;
    }
    double ty = y + (h - lines.size() * size * 1.15) / 2 + size * 0.95;
    for (const auto& l : lines) {
        cairo_move_to(r.cr(), x + (w - r.width_of(l)) / 2, ty);
        cairo_show_text(r.cr(), l.c_str());
        ty += size * 1.15;
    }
}

void rounded_rect(cairo_t* cr, double x, double y, double w, double h, double radius) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - radius, y + radius, radius, -M_PI / 2, 0);
    cairo_arc(cr, x + w - radius, y + h - radius, radius, 0, M_PI / 2);
    cairo_arc(cr, x + radius, y + h - radius, radius, M_PI / 2, M_PI);
    cairo_arc(cr, x + radius, y + radius, radius, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

// The pyramid with the cards of every layer, drawn directly with cairo (no window needed).
void draw_pyramid(Report& r, const RondomJongState& rj, const RondomJongContent& c) {
    cairo_t* cr = r.cr();
    const double top = r.y(), height = 640, left = kMargin, width = kTextW;
    const double inset = width * 0.25;  // a flatter apex than on screen, so its cards stay readable on paper
    const std::vector<double> weights = {0.22, 0.34, 0.24, 0.20};  // as on the table: the basis is the widest band
    double y = top + height;
    for (size_t i = 0; i < c.layers.size(); ++i) {
        const double band_h = height * (i < weights.size() ? weights[i] : 0.2);
        auto inset_at = [&](double yy) { return inset * (top + height - yy) / height; };
        const double y0 = y, y1 = y - band_h;
        cairo_move_to(cr, left + inset_at(y0), y0);
        cairo_line_to(cr, left + width - inset_at(y0), y0);
        cairo_line_to(cr, left + width - inset_at(y1), y1);
        cairo_line_to(cr, left + inset_at(y1), y1);
        cairo_close_path(cr);
        cairo_set_source_rgb(cr, kLayerFill[i % 4].r, kLayerFill[i % 4].g, kLayerFill[i % 4].b);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0.45, 0.45, 0.42);
        cairo_set_line_width(cr, 0.6);
        cairo_stroke(cr);
        const Layer& layer = c.layers[i];
        std::string label = layer.name + (layer.share.empty() ? "" : "  (" + layer.share + ")");
        r.font(10, true);
        r.color(kInk);
        cairo_move_to(cr, left + (width - r.width_of(label)) / 2, y1 + 14);
        cairo_show_text(cr, label.c_str());
        // The cards in a grid inside the band's narrower top edge.
        auto tiles = rj.tiles_in_layer(layer.id);
        const double area_x = left + inset_at(y1) + 6, area_w = width - 2 * inset_at(y1) - 12;
        const double area_y = y1 + 20, area_h = band_h - 26;
        if (!tiles.empty()) {
            // The column count that gives the biggest cards (about 3:1, like the paper cards).
            int columns = 1;
            double card_w = 0, card_h = 0, best = -1;
            for (int cols = 1; cols <= 8; ++cols) {
                const int rows = (static_cast<int>(tiles.size()) + cols - 1) / cols;
                const double w = std::min(120.0, (area_w - (cols - 1) * 4) / cols);
                const double h = std::min(w * 0.36, (area_h - (rows - 1) * 4) / rows);
                const double score = std::min(w, h * 3.0);
                if (score > best) {
                    best = score;
                    columns = cols;
                    card_w = std::min(w, h * 3.2);
                    card_h = h;
                }
            }
            const int used = std::min<int>(columns, static_cast<int>(tiles.size()));
            const double row_w = used * card_w + (used - 1) * 4;
            for (size_t t = 0; t < tiles.size(); ++t) {
                const Tile& tile = *tiles[t];
                const double x = area_x + (area_w - row_w) / 2 + (t % columns) * (card_w + 4);
                const double cy = area_y + (t / columns) * (card_h + 4);
                rounded_rect(cr, x, cy, card_w, card_h, 3);
                if (tile.not_yet_involved) {
                    cairo_set_source_rgb(cr, 0.99, 0.94, 0.94);
                    cairo_fill_preserve(cr);
                    const double dashes[] = {3, 2};
                    cairo_set_dash(cr, dashes, 2, 0);
                    cairo_set_source_rgb(cr, kRed.r, kRed.g, kRed.b);
                    cairo_set_line_width(cr, 1.0);
                    cairo_stroke(cr);
                    cairo_set_dash(cr, nullptr, 0, 0);
                    cairo_arc(cr, x + card_w - 5, cy + 5, 2.6, 0, 2 * M_PI);
                    cairo_fill(cr);
                } else {
                    cairo_set_source_rgb(cr, 1, 1, 1);
                    cairo_fill_preserve(cr);
                    cairo_set_source_rgb(cr, kAccent.r, kAccent.g, kAccent.b);
                    cairo_set_line_width(cr, 0.8);
                    cairo_stroke(cr);
                }
                double text_h = card_h - 4;
                if (tile.absent) {
                    cairo_rectangle(cr, x + 1, cy + card_h - 8, card_w - 2, 7);
                    cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
                    cairo_fill(cr);
                    r.font(5.5);
                    cairo_set_source_rgb(cr, 1, 1, 1);
                    cairo_move_to(cr, x + (card_w - r.width_of("afwezig")) / 2, cy + card_h - 2.5);
                    cairo_show_text(cr, "afwezig");
                    text_h -= 7;
                }
                r.color(tile.not_yet_involved ? kRed : kInk);
                text_in_box(r, tile.text, x + 3, cy + 2, card_w - (tile.not_yet_involved ? 10 : 6), text_h, 7.5, true);
            }
        }
        y = y1;
    }
    r.set_y(top + height + 10);
    // The legend: what the marks mean.
    r.font(8.5);
    r.color(kGrey);
    r.paragraph("Rode stippellijn en stip: nog niet betrokken (zou betrokken moeten worden). Grijze strook: afwezig bij de "
                "bijeenkomst, wel betrokken.");
    r.paragraph(c.pyramid_title + " — " + c.credit);
}

void draw_action_table(Report& r, const std::vector<const ActionCard*>& cards, const RondomJongContent& c, int today) {
    struct Column {
        const char* title;
        double width;
    };
    const Column columns[] = {{"Nr.", 22}, {"Naam", 80}, {"Laag", 72}, {"Actie", 158}, {"Gepland", 56}, {"Status", 48}, {"Afgerond", 45.9}};
    auto header = [&]() {
        r.need(40);
        double x = kMargin;
        cairo_rectangle(r.cr(), kMargin, r.y(), kTextW, 16);
        cairo_set_source_rgb(r.cr(), 0.86, 0.9, 0.94);
        cairo_fill(r.cr());
        r.font(8, true);
        r.color(kInk);
        for (const Column& col : columns) {
            cairo_move_to(r.cr(), x + 3, r.y() + 11);
            cairo_show_text(r.cr(), col.title);
            x += col.width;
        }
        r.move(18);
    };
    header();
    bool shade = false;
    for (const ActionCard* card : cards) {
        r.font(8);
        const Layer* layer = c.find_layer(card->field("laag"));
        std::string status = card->field("status");
        if (is_overdue(*card, today)) status += " (over tijd)";
        const std::string action = card->field("actie");  // the goal is on the layer's page
        const std::string cells[] = {std::to_string(card->id), card->field("naam"), layer ? layer->name : "(geen laag)", action,
                                     card->field("gepland"), status, card->field("afgerond")};
        std::vector<std::vector<std::string>> wrapped;
        size_t lines = 1;
        for (size_t i = 0; i < 7; ++i) {
            wrapped.push_back(r.wrap(cells[i], columns[i].width - 6));
            lines = std::max(lines, wrapped.back().size());
        }
        const double row_h = lines * 10.5 + 5;
        if (r.y() + row_h > kPageH - kMargin) {
            r.new_page();
            header();
        }
        r.font(8);
        if (shade) {
            cairo_rectangle(r.cr(), kMargin, r.y() - 1, kTextW, row_h);
            cairo_set_source_rgb(r.cr(), 0.96, 0.96, 0.95);
            cairo_fill(r.cr());
        }
        shade = !shade;
        double x = kMargin;
        for (size_t i = 0; i < 7; ++i) {
            r.color(i == 5 && is_overdue(*card, today) ? kRed : kInk);
            for (size_t l = 0; l < wrapped[i].size(); ++l) {
                cairo_move_to(r.cr(), x + 3, r.y() + 8 + l * 10.5);
                cairo_show_text(r.cr(), wrapped[i][l].c_str());
            }
            x += columns[i].width;
        }
        r.move(row_h);
    }
}

}  // namespace

void write_pdf_report(const Session& session, const SessionState& state, const std::filesystem::path& out) {
    const SessionMeta& meta = session.meta();
    if (meta.kind != kKindRondomJong) {
        throw UserError("Een pdf-rapport kan voorlopig alleen van een Rondom Jong-sessie worden gemaakt; dit is een " +
                        kind_name_nl(meta.kind) + ".");
    }
    const RondomJongContent& c = session.content().rondomjong;
    const RondomJongState& rj = state.rondomjong;
    const int today = today_key();
    Report r(out, "Tafelgesprek · " + meta.title + " · bevat namen van personen: vertrouwelijk (AVG)");
    if (r.status() != CAIRO_STATUS_SUCCESS) {
        throw UserError("Het bestand " + out.string() + " kan niet worden geschreven. Controleer de map en de rechten.");
    }

    // ---- title page
    r.set_y(kMargin + 120);
    r.font(12, true);
    r.color(kAccent);
    r.paragraph("Rondom Jong · verslag van de bijeenkomst");
    r.move(6);
    r.font(24, true);
    r.color(kInk);
    r.paragraph(meta.title);
    r.move(18);
    r.font(12);
    auto fact = [&](const std::string& label, const std::string& value) {
        r.font(11, true);
        r.color(kGrey);
        cairo_move_to(r.cr(), kMargin, r.y() + 11);
        cairo_show_text(r.cr(), label.c_str());
        r.font(11);
        r.color(kInk);
        r.paragraph(value, 120, kTextW - 120);
        r.move(4);
    };
    fact("School", meta.school.empty() ? "(niet ingevuld)" : meta.school);
    fact("Datum", meta.date);
    if (!meta.facilitator.empty()) fact("Gespreksleider", meta.facilitator);
    std::vector<std::string> people = action_people(rj);
    std::string who;
    for (const std::string& p : people) who += (who.empty() ? "" : ", ") + p;
    fact("In actie", who.empty() ? "(nog niemand)" : who);
    size_t placed = 0, not_yet = 0;
    for (const Tile& t : rj.tiles) {
        if (t.layer.empty()) continue;
        ++placed;
        if (t.not_yet_involved) ++not_yet;
    }
    fact("Op tafel", std::to_string(placed) + " kaarten in de piramide, waarvan " + std::to_string(not_yet) +
                         " nog niet betrokken; " + std::to_string(rj.actions.size()) + " actiekaarten");
    if (!rj.follow_ups.empty()) {
        std::string dates;
        for (const FollowUp& f : rj.follow_ups) dates += (dates.empty() ? "" : ", ") + f.date;
        fact("Opgevolgd", dates);
    }
    r.move(30);
    r.font(10);
    r.color(kGrey);
    r.paragraph("Wie doet wat rond het welbevinden van leerlingen, per laag van de ondersteuningspiramide: de partijen, "
                "wat er gezegd is, en de actiekaarten die samen het plan vormen. Dit verslag bevat de namen van wie in "
                "actie komt; bewaar en deel het alleen binnen de school en met de partners die meededen.");

    // ---- the board
    r.new_page();
    r.heading("De piramide zoals die op tafel lag", 15);
    draw_pyramid(r, rj, c);

    // ---- per layer, top of the pyramid first, as it is read
    for (auto it = c.layers.rbegin(); it != c.layers.rend(); ++it) {
        const Layer& layer = *it;
        r.new_page();
        r.heading(layer.name + (layer.share.empty() ? "" : " (" + layer.share + ")"), 16, kAccent);
        r.font(9);
        r.color(kGrey);
        r.paragraph(layer.label);
        r.heading("Partijen", 11.5);
        auto tiles = rj.tiles_in_layer(layer.id);
        r.font(10);
        r.color(kInk);
        if (tiles.empty()) r.paragraph("(geen kaarten gelegd)");
        for (const Tile* t : tiles) {
            std::string text = "•  " + t->text;
            if (t->not_yet_involved) text += "  — nog niet betrokken";
            if (t->absent) text += "  — afwezig";
            r.color(t->not_yet_involved ? kRed : kInk);
            r.paragraph(text, 8, kTextW - 8);
        }
        bool any_note = false;
        for (const ProcedureStep& step : c.steps) {
            std::string note = rj.note(layer.id, step.number);
            if (note.empty()) continue;
            if (!any_note) r.heading("Wat er gezegd is", 11.5);
            any_note = true;
            r.need(40);
            r.font(9.5, true);
            r.color(kInk);
            r.paragraph(std::to_string(step.number) + ". " + step.question);
            r.font(9.5);
            r.paragraph(note, 12, kTextW - 12);
            r.move(4);
        }
        bool any_action = false;
        for (const ActionCard& card : rj.actions) {
            if (card.field("laag") != layer.id) continue;
            if (!any_action) r.heading("Actiekaarten", 11.5);
            any_action = true;
            r.need(60);
            const double box_top = r.y();
            r.move(5);
            r.font(10, true);
            r.color(kInk);
            r.paragraph((card.field("naam").empty() ? std::string("(geen naam)") : card.field("naam")) + "  ·  " +
                            card.field("status") + (is_overdue(card, today) ? " (over tijd)" : ""),
                        8, kTextW - 16);
            r.font(9.5);
            r.paragraph("Mijn actie is: " + card.field("actie"), 8, kTextW - 16);
            if (!card.field("doel").empty()) r.paragraph("Daarmee wil ik bereiken dat: " + card.field("doel"), 8, kTextW - 16);
            if (!card.field("samen_met").empty()) r.paragraph("Samen met: " + card.field("samen_met"), 8, kTextW - 16);
            std::string dates;
            if (!card.field("gepland").empty()) dates += "Gepland klaar: " + card.field("gepland");
            if (!card.field("afgerond").empty()) dates += std::string(dates.empty() ? "" : "   ") + "Afgerond op: " + card.field("afgerond");
            if (!dates.empty()) r.paragraph(dates, 8, kTextW - 16);
            for (const ActionUpdate& u : card.updates) {
                r.color(kGrey);
                r.paragraph("Opvolging " + u.date + ": " + (u.status.empty() ? u.note : u.status), 8, kTextW - 16);
                r.color(kInk);
            }
            r.move(4);
            // A box around the card when it stayed on one page.
            if (r.y() > box_top) {
                cairo_rectangle(r.cr(), kMargin, box_top, kTextW, r.y() - box_top);
                cairo_set_source_rgb(r.cr(), 0.3, 0.55, 0.42);
                cairo_set_line_width(r.cr(), 0.8);
                cairo_stroke(r.cr());
            }
            r.move(8);
        }
    }

    // ---- the action plan as a table
    r.new_page();
    r.heading("Het actieplan", 16, kAccent);
    r.font(9);
    r.color(kGrey);
    r.paragraph("Alle actiekaarten, op volgorde van de geplande datum.");
    r.move(6);
    draw_action_table(r, list_actions(rj, c, {}, ActionSort::planned, today), c, today);
    r.finish();
    if (r.status() != CAIRO_STATUS_SUCCESS) {
        throw UserError("Het pdf-rapport " + out.string() + " kan niet worden geschreven (" +
                        cairo_status_to_string(r.status()) + "). Controleer de map en de vrije ruimte.");
    }
}

}  // namespace tafel
