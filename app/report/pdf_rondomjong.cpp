// The Rondom Jong report: a title page, the pyramid with its cards, per layer the cards, notes
// and action cards, and the action plan as a table.
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "core/rondomjong/card_words.hpp"
#include "core/session/dates.hpp"
#include "core/rondomjong/exports.hpp"
#include "core/review/follow_up.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_report.hpp"

namespace tafel {
namespace {

using namespace pdf;

const Rgb kLayerFill[] = {{0.84, 0.89, 0.78}, {0.78, 0.87, 0.93}, {0.96, 0.88, 0.75}, {0.94, 0.78, 0.77}};

// A card name that breaks only at spaces and "/" shrinks down to kReadableCardPt; below that it
// breaks at the Dutch places cards.json gives instead (the same wrap as on screen), so a long
// name on paper reads JEUGDZORG- / WERKER at 6 pt rather than a whole word at 4 pt.
constexpr double kSmallestCardPt = 4.0;
constexpr double kReadableCardPt = 6.0;

// A card's name centred in its box. Names that fit at a readable size break at spaces and "/"
// as before; longer ones break at their break places, shrinking no further than they must.
void card_name_in_box(Document& r, const RondomJongContent& c, const std::string& name, double x, double y, double w,
                      double h, double size) {
    auto fits = [&](const std::vector<std::string>& lines, double s) {
        double widest = 0;
        for (const auto& l : lines) widest = std::max(widest, r.width_of(l));
        return widest <= w && lines.size() * s * 1.15 <= h;
    };
    for (double s = size; s >= kReadableCardPt; s *= 0.92) {
        r.font(s, true);
        if (fits(wrap_card(r, name, w), s)) return text_in_box(r, name, x, y, w, h, size, true);
    }
    const std::string marked = c.with_break_places(name);
    auto width_of = [&](const std::string& t) { return static_cast<float>(r.width_of(t)); };
    std::vector<std::string> lines;
    double s = size;
    for (;; s *= 0.92) {
        s = std::max(s, kSmallestCardPt);
        r.font(s, true);
        lines = wrap_card_text(width_of, static_cast<float>(w), marked, s == kSmallestCardPt);
        if (fits(lines, s) || s == kSmallestCardPt) break;
    }
    cairo_save(r.cr());
    cairo_rectangle(r.cr(), x, y, w, h);  // what still does not fit is cut at the card's edge
    cairo_clip(r.cr());
    double ty = y + (h - lines.size() * s * 1.15) / 2 + s * 0.95;
    for (const auto& l : lines) {
        cairo_move_to(r.cr(), x + (w - r.width_of(l)) / 2, ty);
        cairo_show_text(r.cr(), l.c_str());
        ty += s * 1.15;
    }
    cairo_restore(r.cr());
}

// One card in the pyramid: white with a blue edge, or dashed red ("nog niet betrokken"), with a
// grey "afwezig" strip when the party was absent.
void draw_pyramid_card(Document& r, const RondomJongContent& c, const Tile& tile, double x, double cy, double card_w,
                       double card_h) {
    cairo_t* cr = r.cr();
    rounded_rect(cr, x, cy, card_w, card_h, 3);
    if (tile.not_yet_involved) {
        cairo_set_source_rgb(cr, 0.99, 0.94, 0.94);
        cairo_fill_preserve(cr);
        const double dashes[] = {3, 2};
        cairo_set_dash(cr, dashes, 2, 0);
        r.color(kRed);
        cairo_set_line_width(cr, 1.0);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        cairo_arc(cr, x + card_w - 5, cy + 5, 2.6, 0, 2 * M_PI);
        cairo_fill(cr);
    } else {
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_fill_preserve(cr);
        r.color(kAccent);
        cairo_set_line_width(cr, 0.8);
        cairo_stroke(cr);
    }
    double text_h = card_h - 4;
    if (tile.absent) {
        cairo_rectangle(cr, x + 1, cy + card_h - 8, card_w - 2, 7);
        r.fill({0.4, 0.4, 0.4});
        r.font(5.5);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_move_to(cr, x + (card_w - r.width_of("afwezig")) / 2, cy + card_h - 2.5);
        cairo_show_text(cr, "afwezig");
        text_h -= 7;
    }
    r.color(tile.not_yet_involved ? kRed : kInk);
    card_name_in_box(r, c, tile.text, x + 3, cy + 2, card_w - (tile.not_yet_involved ? 10 : 6), text_h, 7.5);
}

struct CardGrid {
    int columns = 1;
    double card_w = 0, card_h = 0;
};

// The column count that gives the biggest cards (about 3:1, like the paper cards).
CardGrid best_grid(size_t count, double area_w, double area_h) {
    CardGrid grid;
    double best = -1;
    for (int cols = 1; cols <= 8; ++cols) {
        const int rows = (static_cast<int>(count) + cols - 1) / cols;
        const double w = std::min(120.0, (area_w - (cols - 1) * 4) / cols);
        const double h = std::min(w * 0.36, (area_h - (rows - 1) * 4) / rows);
        const double score = std::min(w, h * 3.0);
        if (score > best) {
            best = score;
            grid = {cols, std::min(w, h * 3.2), h};
        }
    }
    return grid;
}

// The band of one layer: a trapezoid from y0 (bottom) to y1 (top) with its name and share.
void draw_band(Document& r, const Layer& layer, size_t index, double y0, double y1, double left, double width,
               const std::function<double(double)>& inset_at) {
    cairo_t* cr = r.cr();
    cairo_move_to(cr, left + inset_at(y0), y0);
    cairo_line_to(cr, left + width - inset_at(y0), y0);
    cairo_line_to(cr, left + width - inset_at(y1), y1);
    cairo_line_to(cr, left + inset_at(y1), y1);
    cairo_close_path(cr);
    r.color(kLayerFill[index % 4]);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0.45, 0.45, 0.42);
    cairo_set_line_width(cr, 0.6);
    cairo_stroke(cr);
    std::string label = layer.name + (layer.share.empty() ? "" : "  (" + layer.share + ")");
    r.font(10, true);
    r.color(kInk);
    cairo_move_to(cr, left + (width - r.width_of(label)) / 2, y1 + 14);
    cairo_show_text(cr, label.c_str());
}

// The pyramid with the cards of every layer, drawn directly with cairo (no window needed).
void draw_pyramid(Document& r, const RondomJongState& rj, const RondomJongContent& c) {
    const double top = r.y(), height = 640, left = kMargin, width = kTextW;
    const double inset = width * 0.25;  // a flatter apex than on screen, so its cards stay readable on paper
    const std::vector<double> weights = {0.22, 0.34, 0.24, 0.20};  // as on the table: the basis is the widest band
    auto inset_at = [&](double yy) { return inset * (top + height - yy) / height; };
    double y = top + height;
    for (size_t i = 0; i < c.layers.size(); ++i) {
        const double band_h = height * (i < weights.size() ? weights[i] : 0.2);
        const double y1 = y - band_h;
        draw_band(r, c.layers[i], i, y, y1, left, width, inset_at);
        // The cards in a grid inside the band's narrower top edge.
        auto tiles = rj.tiles_in_layer(c.layers[i].id);
        const double area_x = left + inset_at(y1) + 6, area_w = width - 2 * inset_at(y1) - 12;
        const double area_y = y1 + 20, area_h = band_h - 26;
        if (!tiles.empty()) {
            const CardGrid g = best_grid(tiles.size(), area_w, area_h);
            const int used = std::min<int>(g.columns, static_cast<int>(tiles.size()));
            const double row_w = used * g.card_w + (used - 1) * 4;
            for (size_t t = 0; t < tiles.size(); ++t) {
                const double x = area_x + (area_w - row_w) / 2 + (t % g.columns) * (g.card_w + 4);
                const size_t row = t / g.columns;
                const double cy = area_y + row * (g.card_h + 4);
                draw_pyramid_card(r, c, *tiles[t], x, cy, g.card_w, g.card_h);
            }
        }
        y = y1;
    }
    r.set_y(top + height + 10);
    // The legend: what the marks mean.
    r.font(8.5);
    r.color(kGrey);
    r.paragraph(
        "Rode stippellijn en stip: nog niet betrokken (zou betrokken moeten worden). Grijze strook: afwezig bij de "
        "bijeenkomst, wel betrokken.");
    r.paragraph(c.pyramid_title + " — " + c.credit);
}

void draw_action_table(Document& r, const std::vector<const ActionCard*>& cards, const RondomJongContent& c,
                       int today) {
    const std::vector<TableColumn> columns = {{"Nr.", 22},     {"Naam", 80},   {"Laag", 72},       {"Actie", 152},
                                              {"Gepland", 56}, {"Status", 48}, {"Afgerond", 51.88}};
    std::vector<std::vector<TableCell>> rows;
    for (const ActionCard* card : cards) {
        const Layer* layer = c.find_layer(card->field(action_field::kLayer));
        const bool overdue = is_overdue(*card, today);
        rows.push_back({{std::to_string(card->id)},
                        {card->field(action_field::kName)},
                        {layer ? layer->name : "(geen laag)"},
                        {card->field(action_field::kAction)},  // the goal is on the layer's page
                        {card->field(action_field::kPlanned)},
                        {card->field(action_field::kStatus) + (overdue ? " (over tijd)" : ""), overdue ? kRed : kInk},
                        {card->field(action_field::kCompleted)}});
    }
    draw_table(r, columns, rows);
}

void draw_action_card(Document& r, const ActionCard& card, int today) {
    r.boxed(kGreen, [&]() {
        const double x = 8, w = kTextW - 16;
        r.font(10, true);
        r.color(kInk);
        r.paragraph((card.field(action_field::kName).empty() ? "Actiekaart " + std::to_string(card.id)
                                                             : card.field(action_field::kName)) +
                        "  ·  " + card.field(action_field::kStatus) + (is_overdue(card, today) ? " (over tijd)" : ""),
                    x, w);
        r.font(9.5);
        r.paragraph("Mijn actie is: " + card.field(action_field::kAction), x, w);
        if (!card.field(action_field::kGoal).empty())
            r.paragraph("Daarmee wil ik bereiken dat: " + card.field(action_field::kGoal), x, w);
        if (!card.field(action_field::kTogetherWith).empty())
            r.paragraph("Samen met: " + card.field(action_field::kTogetherWith), x, w);
        std::string dates;
        if (!card.field(action_field::kPlanned).empty())
            dates += "Gepland klaar: " + card.field(action_field::kPlanned);
        if (!card.field(action_field::kCompleted).empty())
            dates += std::string(dates.empty() ? "" : "   ") + "Afgerond op: " + card.field(action_field::kCompleted);
        if (!dates.empty()) r.paragraph(dates, x, w);
        for (const ActionUpdate& u : card.updates) {
            r.color(kGrey);
            r.paragraph("Opvolging " + u.date + ": " + (u.status.empty() ? u.note : u.status), x, w);
            r.color(kInk);
        }
    });
}

void draw_layer_page(Document& r, const Layer& layer, const RondomJongState& rj, const RondomJongContent& c,
                     int today) {
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
        std::string text = t->text;
        if (t->not_yet_involved) text += "  — nog niet betrokken";
        if (t->absent) text += "  — afwezig";
        r.color(t->not_yet_involved ? kRed : kInk);
        r.bullet(text, 8);
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
        if (card.field(action_field::kLayer) != layer.id || is_blank_action(card)) continue;
        if (!any_action) r.heading("Actiekaarten", 11.5);
        any_action = true;
        draw_action_card(r, card, today);
    }
}

}  // namespace

std::string rondomjong_pdf(const Session& session, const SessionState& state, const PdfReportOptions& options) {
    const SessionMeta& meta = session.meta();
    // A session read from a file carries no break places (they are not saved): those of the
    // installed cards.json.
    RondomJongContent c = session.content().rondomjong;
    if (c.break_places.empty() && !options.assets.empty()) c.break_places = load_break_places(options.assets);
    const RondomJongState& rj = state.rondomjong;
    const int today = today_key();
    Document r("Tafelgesprek · " + meta.title + " · bevat namen van personen: vertrouwelijk (AVG)");

    // ---- title page
    r.title("Rondom Jong · verslag van de bijeenkomst", meta.title);
    r.fact("School", meta.school.empty() ? "(niet ingevuld)" : meta.school);
    r.fact("Datum", meta.date);
    if (!meta.facilitator.empty()) r.fact("Gespreksleider", meta.facilitator);
    std::string who;
    for (const std::string& p : action_people(rj)) who += (who.empty() ? "" : ", ") + p;
    r.fact("In actie", who.empty() ? "(nog niemand)" : who);
    size_t placed = 0, not_yet = 0;
    for (const Tile& t : rj.tiles) {
        if (t.layer.empty()) continue;
        ++placed;
        if (t.not_yet_involved) ++not_yet;
    }
    r.fact("Op tafel", std::to_string(placed) + " kaarten in de piramide, waarvan " + std::to_string(not_yet) +
                           " nog niet betrokken; " + std::to_string(rj.actions.size()) + " actiekaarten");
    if (!rj.follow_ups.empty()) {
        std::string dates;
        for (const FollowUp& f : rj.follow_ups) dates += (dates.empty() ? "" : ", ") + f.date;
        r.fact("Opgevolgd", dates);
    }
    r.move(30);
    r.font(10);
    r.color(kGrey);
    r.paragraph(
        "Wie doet wat rond het welbevinden van leerlingen, per laag van de ondersteuningspiramide: de partijen, "
        "wat er gezegd is, en de actiekaarten die samen het plan vormen. Dit verslag bevat de namen van wie in "
        "actie komt; bewaar en deel het alleen binnen de school en met de partners die meededen.");

    // ---- the board
    r.new_page();
    r.heading("De piramide zoals die op tafel lag", 15);
    draw_pyramid(r, rj, c);

    // ---- per layer, top of the pyramid first, as it is read
    for (auto it = c.layers.rbegin(); it != c.layers.rend(); ++it) draw_layer_page(r, *it, rj, c, today);

    // ---- the action plan as a table
    r.new_page();
    r.heading("Het actieplan", 16, kAccent);
    r.font(9);
    r.color(kGrey);
    r.paragraph("Alle actiekaarten, op volgorde van de geplande datum.");
    r.move(6);
    draw_action_table(r, list_actions(rj, c, {}, ActionSort::planned, today), c, today);
    return r.finish();
}

}  // namespace tafel
