// The Rondom Jong report: a title page, the pyramid with its cards, per layer the cards, notes
// and action cards, and the action plan as a table.
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/session/dates.hpp"
#include "core/rondomjong/exports.hpp"
#include "core/review/follow_up.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_report.hpp"

namespace tafel {
namespace {

using namespace pdf;

const Rgb kLayerFill[] = {{0.84, 0.89, 0.78}, {0.78, 0.87, 0.93}, {0.96, 0.88, 0.75}, {0.94, 0.78, 0.77}};

// The pyramid with the cards of every layer, drawn directly with cairo (no window needed).
void draw_pyramid(Document& r, const RondomJongState& rj, const RondomJongContent& c) {
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
        r.color(kLayerFill[i % 4]);
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
                const size_t row = t / columns;
                const double cy = area_y + row * (card_h + 4);
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
                text_in_box(r, tile.text, x + 3, cy + 2, card_w - (tile.not_yet_involved ? 10 : 6), text_h, 7.5, true);
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
        const Layer* layer = c.find_layer(card->field("laag"));
        const bool overdue = is_overdue(*card, today);
        rows.push_back({{std::to_string(card->id)},
                        {card->field("naam")},
                        {layer ? layer->name : "(geen laag)"},
                        {card->field("actie")},  // the goal is on the layer's page
                        {card->field("gepland")},
                        {card->field("status") + (overdue ? " (over tijd)" : ""), overdue ? kRed : kInk},
                        {card->field("afgerond")}});
    }
    draw_table(r, columns, rows);
}

void draw_action_card(Document& r, const ActionCard& card, int today) {
    r.boxed(kGreen, [&]() {
        const double x = 8, w = kTextW - 16;
        r.font(10, true);
        r.color(kInk);
        r.paragraph((card.field("naam").empty() ? "Actiekaart " + std::to_string(card.id) : card.field("naam")) +
                        "  ·  " + card.field("status") + (is_overdue(card, today) ? " (over tijd)" : ""),
                    x, w);
        r.font(9.5);
        r.paragraph("Mijn actie is: " + card.field("actie"), x, w);
        if (!card.field("doel").empty()) r.paragraph("Daarmee wil ik bereiken dat: " + card.field("doel"), x, w);
        if (!card.field("samen_met").empty()) r.paragraph("Samen met: " + card.field("samen_met"), x, w);
        std::string dates;
        if (!card.field("gepland").empty()) dates += "Gepland klaar: " + card.field("gepland");
        if (!card.field("afgerond").empty())
            dates += std::string(dates.empty() ? "" : "   ") + "Afgerond op: " + card.field("afgerond");
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
        if (card.field("laag") != layer.id || is_blank_action(card)) continue;
        if (!any_action) r.heading("Actiekaarten", 11.5);
        any_action = true;
        draw_action_card(r, card, today);
    }
}

}  // namespace

std::string rondomjong_pdf(const Session& session, const SessionState& state) {
    const SessionMeta& meta = session.meta();
    const RondomJongContent& c = session.content().rondomjong;
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
