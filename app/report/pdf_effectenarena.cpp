// The effectenarena report: a title page with the programme as walked; per group its persona,
// the goal, the answers per question and leefdomein, the needs and the outcomes by tag; then
// the plenary: the optelsom and the arena canvas, drawn, with its lines.
#include <cairo.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/effectenarena/arena_exports.hpp"
#include "core/effectenarena/arena_geometry.hpp"
#include "core/effectenarena/step_kind.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_report.hpp"

namespace tafel {
namespace {

using namespace pdf;

const Rgb kZoneFill[] = {
    {0.86, 0.93, 0.87}, {0.87, 0.9, 0.96}, {0.97, 0.91, 0.82}, {0.94, 0.88, 0.93}};  // as on the canvas
const Rgb kLink{0.71, 0.24, 0.16}, kOrange{0.7, 0.42, 0.05};

Rgb tag_color(const std::string& tag) {
    if (tag == "Probleem") return kRed;
    if (tag == "Nodig") return kOrange;
    if (tag == "Conclusie") return kGreen;
    return kAccent;  // Trend, and tags a facilitator added
}

void draw_programme(Document& d, const EffectenarenaState& s) {
    std::vector<std::vector<TableCell>> rows;
    for (size_t i = 0; i < s.steps.size(); ++i) {
        const ProgrammeStep& step = s.steps[i];
        const int index = static_cast<int>(i);
        std::string state = "–";
        if (s.started)
            state = index < s.current_step ? "gedaan" : index == s.current_step ? "bereikt" : "niet aan toegekomen";
        rows.push_back({{step.start},
                        {std::to_string(step.minutes) + " min"},
                        {step.title, kInk, index == s.current_step && s.started},
                        {step_kind(step) == StepKind::unknown ? step.kind : step_kind_label(step_kind(step))},
                        {state, index > s.current_step || !s.started ? kGrey : kInk}});
    }
    draw_table(d, {{"Tijd", 40}, {"Duur", 44}, {"Stap", 250}, {"Soort", 62}, {"Stand", 85.88}}, rows);
}

void draw_title_page(Document& d, const Session& session, const EffectenarenaState& s) {
    const SessionMeta& meta = session.meta();
    d.title("Effectenarena · verslag van de bijeenkomst", meta.title);
    d.fact("School", meta.school.empty() ? "(niet ingevuld)" : meta.school);
    d.fact("Datum", meta.date);
    if (!meta.facilitator.empty()) d.fact("Gespreksleider", meta.facilitator);
    std::string personas;
    for (size_t g = 1; g <= s.groups.size(); ++g) {
        const Persona* p = s.persona_of_group(static_cast<int>(g));
        personas +=
            (personas.empty() ? "" : ", ") + ("groep " + std::to_string(g) + ": ") + (p ? p->name : "(geen persona)");
    }
    d.fact("Persona’s", personas.empty() ? "(geen groepen)" : personas);
    d.fact("Stand", arena_counts_nl(arena_counts(s)));
    d.move(16);
    d.font(10);
    d.color(kGrey);
    d.paragraph(
        "Wat doen school, jongerenwerk, jeugdgezondheidszorg en gemeente samen voor het welbevinden van jongeren, "
        "en wat levert het op? Per groep staan hieronder de persona, het doel, de antwoorden per vraag en "
        "leefdomein, wat de persona nog nodig heeft en de uitkomsten; daarna de optelsom en de arena.");
    d.heading("Het programma", 13);
    draw_programme(d, s);
}

// The persona's picture scaled into a square, or an empty frame with the initial.
void draw_picture(Document& d, const Persona& p, const PdfReportOptions& options, double x, double y, double side) {
    cairo_t* cr = d.cr();
    cairo_surface_t* image = nullptr;
    if (!p.picture.empty() && !options.persona_pictures.empty()) {
        image = cairo_image_surface_create_from_png((options.persona_pictures / p.picture).string().c_str());
        if (cairo_surface_status(image) != CAIRO_STATUS_SUCCESS || cairo_image_surface_get_width(image) <= 0) {
            cairo_surface_destroy(image);
            image = nullptr;
        }
    }
    rounded_rect(cr, x, y, side, side, 4);
    d.fill({0.93, 0.92, 0.9});
    if (image) {
        const double w = cairo_image_surface_get_width(image), h = cairo_image_surface_get_height(image);
        const double f = std::min(side / w, side / h);
        cairo_save(cr);
        cairo_translate(cr, x + (side - w * f) / 2, y + (side - h * f) / 2);
        cairo_scale(cr, f, f);
        cairo_set_source_surface(cr, image, 0, 0);
        cairo_paint(cr);
        cairo_restore(cr);
        cairo_surface_destroy(image);
    } else {
        d.color(kGrey);
        text_in_box(d, p.name.empty() ? "?" : p.name.substr(0, utf8_next(p.name, 0)), x, y, side, side, side * 0.45,
                    true);
    }
    rounded_rect(cr, x, y, side, side, 4);
    d.color({0.7, 0.7, 0.68});
    cairo_set_line_width(cr, 0.6);
    cairo_stroke(cr);
}

void draw_persona(Document& d, const Persona& p, const PdfReportOptions& options) {
    const double side = 84, text_x = side + 14;
    d.need(side + 10);
    const double top = d.y();
    draw_picture(d, p, options, kMargin, top, side);
    d.font(18, true);
    d.color(kInk);
    d.paragraph(p.name + (p.age > 0 ? ", " + std::to_string(p.age) + " jaar" : ""), text_x, kTextW - text_x);
    if (!p.title.empty()) {
        d.font(11);
        d.paragraph(p.title, text_x, kTextW - text_x);
    }
    if (!p.composite_note.empty()) {
        d.move(3);
        d.font(8);
        d.color(kGrey);
        d.paragraph(p.composite_note, text_x, kTextW - text_x);
    }
    d.set_y(std::max(d.y(), top + side) + 12);
    for (const PersonaSection& section : p.sections) {
        d.need(40);
        d.font(10, true);
        d.color(kInk);
        d.paragraph(section.heading);
        d.font(9.5);
        d.paragraph(section.text);
        d.move(5);
    }
}

void draw_answers(Document& d, const EffectenarenaContent& c, const EffectenarenaState& s, int group,
                  const std::string& name) {
    d.heading("Wie doet wat: de antwoorden", 13, kAccent);
    for (const ArenaQuestion& q : c.questions) {
        d.need(50);
        d.font(10.5, true);
        d.color(kInk);
        d.paragraph(question_label(c, q.id) + ". " + with_persona(q.text, name));
        d.move(2);
        const auto per_leefdomein = answers_per_leefdomein(s, group, q.id);
        if (per_leefdomein.empty()) {
            d.font(9.5);
            d.color(kGrey);
            d.paragraph("(geen antwoorden)", 8);
        }
        for (const auto& [leefdomein, answers] : per_leefdomein) {
            d.need(28);
            d.font(9, true);
            d.color(kGrey);
            d.paragraph(leefdomein, 8);
            d.font(9.5);
            d.color(kInk);
            for (const AnswerCard* a : answers) {
                std::string line = a->text;
                if (!a->party.empty()) line += " — " + a->party;
                if (!a->tag.empty()) line += " · " + a->tag;
                d.bullet(line, 8);
            }
            d.move(3);
        }
        d.move(6);
    }
}

void draw_needs(Document& d, const EffectenarenaState& s, int group, const std::string& name) {
    d.heading("Wat " + name + " nog nodig heeft", 13, kAccent);
    const auto needs = s.needs_of_group(group);
    d.font(9.5);
    d.color(kGrey);
    if (needs.empty()) d.paragraph("(niets vastgelegd)");
    for (const ArenaNeed* n : needs) {
        d.boxed(kOrange, [&]() {  // the colour of the Nodig label
            const double x = 8, w = kTextW - 16;
            d.font(10, true);
            d.color(kInk);
            d.paragraph("Nodig: " + (n->nodig.empty() ? std::string("–") : n->nodig), x, w);
            d.font(9.5);
            if (!n->gebeuren.empty()) d.paragraph("Wat er moet gebeuren: " + n->gebeuren, x, w);
            if (!n->beleggen.empty()) d.paragraph("Beleggen bij: " + n->beleggen, x, w);
        });
    }
}

void draw_outcomes(Document& d, const EffectenarenaContent& c, const EffectenarenaState& s, int group) {
    d.heading("Uitkomsten", 13, kAccent);
    bool any = false;
    for (const std::string& type : c.outcome_types) {
        std::vector<const AnswerCard*> tagged;
        for (const AnswerCard& a : s.answers) {
            if (a.group == group && a.tag == type) tagged.push_back(&a);
        }
        if (tagged.empty()) continue;
        any = true;
        d.need(30);
        d.font(10.5, true);
        d.color(tag_color(type));
        d.paragraph(type);
        d.font(9.5);
        d.color(kInk);
        for (const AnswerCard* a : tagged) {
            d.bullet(a->text + (a->party.empty() ? "" : " (" + a->party + ")") + " — " +
                         question_label(c, a->question) + ", " + a->leefdomein,
                     8);
        }
        d.move(4);
    }
    if (!any) {
        d.font(9.5);
        d.color(kGrey);
        d.paragraph("(nog geen antwoorden getypeerd)");
    }
}

void draw_group(Document& d, const EffectenarenaContent& c, const EffectenarenaState& s, int group,
                const PdfReportOptions& options) {
    const Persona* p = s.persona_of_group(group);
    const std::string name = p ? p->name : "de persona";
    d.new_page();
    d.heading("Groep " + std::to_string(group) + (p ? " · " + p->name : " · (geen persona gekozen)"), 16, kAccent);
    if (p) draw_persona(d, *p, options);
    d.heading("Het doel van de groep", 13, kAccent);
    const ArenaGroup* ag = s.group(group);
    const std::string goal = ag ? ag->goal : std::string();
    d.boxed(kAccent, [&]() {
        d.font(11, !goal.empty());
        d.color(goal.empty() ? kGrey : kInk);
        d.paragraph(goal.empty() ? "(nog geen doel geschreven)" : goal, 8, kTextW - 16);
    });
    draw_answers(d, c, s, group, name);
    draw_needs(d, s, group, name);
    draw_outcomes(d, c, s, group);
}

void draw_tally(Document& d, const EffectenarenaContent& c, const EffectenarenaState& s) {
    const ArenaTally tally = arena_tally(c, s);
    const double first = 170, total = 50;
    const double each = (kTextW - first - total) / std::max<size_t>(1, tally.leefdomeinen.size());
    std::vector<TableColumn> columns = {{"Vraag", first}};
    for (const std::string& l : tally.leefdomeinen) columns.push_back({l, each});
    columns.push_back({"Totaal", total});
    const std::string names = persona_names(s);
    std::vector<std::vector<TableCell>> rows;
    for (const std::string& q : tally.questions) {
        std::string text = question_label(c, q);
        for (const ArenaQuestion& aq : c.questions) {
            if (aq.id == q) text += ". " + with_persona(aq.text, names);
        }
        std::vector<TableCell> row = {{text}};
        for (const std::string& l : tally.leefdomeinen) row.push_back({std::to_string(tally.count(q, l))});
        row.push_back({std::to_string(tally.question_total(q)), kInk, true});
        rows.push_back(row);
    }
    std::vector<TableCell> sum = {{"Totaal", kInk, true}};
    for (const std::string& l : tally.leefdomeinen)
        sum.push_back({std::to_string(tally.leefdomein_total(l)), kInk, true});
    sum.push_back({std::to_string(tally.total), kInk, true});
    rows.push_back(sum);
    draw_table(d, columns, rows);
}

// How the arena canvas fits on a page: the card columns per zone, the card size and the height
// of the two rows of zones.
struct ArenaLayout {
    int columns = 2;
    double zone_w = 0, card_w = 0, card_h = 0;
    std::vector<double> header_h;  // per zone: its name and explanation
    double row_h[2] = {70, 70};
    double height() const { return row_h[0] + kGap + row_h[1]; }
    static constexpr double kGap = 8, kPad = 6;
};

// The fewest columns of cards (the biggest cards) that fit on one page, up to four; false when
// even four do not.
bool layout_arena(Document& d, const EffectenarenaContent& c, const EffectenarenaState& s, ArenaLayout& L) {
    const size_t zones = std::min<size_t>(c.arena_zones.size(), 4);
    const double pad = ArenaLayout::kPad;
    L.zone_w = (kTextW - ArenaLayout::kGap) / 2;
    L.header_h.assign(zones, 0);
    d.font(7);
    for (size_t i = 0; i < zones; ++i)
        L.header_h[i] = 22 + d.wrap(c.arena_zones[i].explanation, L.zone_w - 2 * pad).size() * 9 + 4;
    for (L.columns = 2; L.columns <= 4; ++L.columns) {
        L.card_w = (L.zone_w - (L.columns + 1) * pad) / L.columns;
        L.card_h = L.card_w * (L.columns == 2 ? 0.34 : 0.45);
        L.row_h[0] = L.row_h[1] = 70;
        for (size_t i = 0; i < zones; ++i) {
            const int n = static_cast<int>(s.answers_in_zone(c.arena_zones[i].id).size());
            const int rows = (n + L.columns - 1) / L.columns;
            L.row_h[i % 2] = std::max(L.row_h[i % 2], L.header_h[i] + rows * (L.card_h + pad) + pad);
        }
        if (L.height() <= kPageH - 2 * kMargin - 100) return true;  // room left for the heading above it
    }
    return false;
}

struct PlacedCard {
    const AnswerCard* card;
    double x, y;
};

// Lines above the cards, as on the table: from the edge of one card to the edge of the other,
// so a line never seems to leave from a card it passes.
void draw_links(Document& d, const EffectenarenaState& s, const ArenaLayout& L, const std::vector<PlacedCard>& placed) {
    cairo_t* cr = d.cr();
    auto box_of = [&](int id, Box& box) {
        for (const PlacedCard& p : placed) {
            if (p.card->id != id) continue;
            box = {static_cast<float>(p.x), static_cast<float>(p.y), static_cast<float>(L.card_w),
                   static_cast<float>(L.card_h)};
            return true;
        }
        return false;
    };
    d.color(kLink);
    cairo_set_line_width(cr, 1.4);
    for (const ArenaLink& l : s.links) {
        Box a, b;
        if (!box_of(l.from, a) || !box_of(l.to, b)) continue;
        const CardLine line = line_between(a, b);
        cairo_move_to(cr, line.a.x, line.a.y);
        cairo_line_to(cr, line.b.x, line.b.y);
        cairo_stroke(cr);
        for (const LinePoint& end : {line.a, line.b}) {
            cairo_arc(cr, end.x, end.y, 1.8, 0, 6.283185307179586);  // a full turn
            cairo_fill(cr);
        }
    }
}

// The four zones as on the canvas (activiteiten and investeerders left, effecten and
// incasseerders right), the cards laid in each and the lines between them, at the cursor.
void draw_arena(Document& d, const EffectenarenaContent& c, const EffectenarenaState& s, const ArenaLayout& L) {
    const double pad = ArenaLayout::kPad;
    cairo_t* cr = d.cr();
    const double top = d.y();
    std::vector<PlacedCard> placed;
    auto zone_x = [&](size_t i) {
        const size_t column = i / 2;
        return kMargin + column * (L.zone_w + ArenaLayout::kGap);
    };
    auto zone_y = [&](size_t i) { return top + (i % 2) * (L.row_h[0] + ArenaLayout::kGap); };
    for (size_t i = 0; i < L.header_h.size(); ++i) {
        const double x = zone_x(i), y = zone_y(i);
        rounded_rect(cr, x, y, L.zone_w, L.row_h[i % 2], 6);
        d.fill(kZoneFill[i]);
        int k = 0;
        for (const AnswerCard* a : s.answers_in_zone(c.arena_zones[i].id)) {
            const int row = k / L.columns;
            placed.push_back(
                {a, x + pad + (k % L.columns) * (L.card_w + pad), y + L.header_h[i] + row * (L.card_h + pad)});
            ++k;
        }
    }
    for (size_t i = 0; i < L.header_h.size(); ++i) {
        const double x = zone_x(i), y = zone_y(i);
        d.font(10, true);
        d.color(kInk);
        cairo_move_to(cr, x + pad, y + 15);
        cairo_show_text(cr, c.arena_zones[i].name.c_str());
        d.font(7);
        d.color(kGrey);
        double line_y = y + 25;
        for (const std::string& line : d.wrap(c.arena_zones[i].explanation, L.zone_w - 2 * pad)) {
            cairo_move_to(cr, x + pad, line_y);
            cairo_show_text(cr, line.c_str());
            line_y += 9;
        }
    }
    for (const PlacedCard& p : placed) {
        rounded_rect(cr, p.x, p.y, L.card_w, L.card_h, 3);
        d.fill({1, 1, 1});
        rounded_rect(cr, p.x, p.y, L.card_w, L.card_h, 3);
        d.color(p.card->tag.empty() ? Rgb{0.6, 0.6, 0.58} : tag_color(p.card->tag));
        cairo_set_line_width(cr, p.card->tag.empty() ? 0.6 : 1.2);
        cairo_stroke(cr);
        d.color(kInk);
        const double foot = p.card->from_deck() ? 8 : 0;  // a party card from the deck says so
        text_in_box(d, p.card->text, p.x + 3, p.y + 2, L.card_w - 6, L.card_h - 4 - foot, 7.5, p.card->from_deck(),
                    5.5);
        if (p.card->from_deck()) {
            d.font(6);
            d.color(kGrey);
            cairo_move_to(cr, p.x + 3, p.y + L.card_h - 3);
            cairo_show_text(cr, "partijkaart");
        }
    }
    draw_links(d, s, L, placed);
    d.set_y(top + L.height() + 8);
}

// The colours of the card borders in the arena: one per label.
void draw_tag_legend(Document& d, const EffectenarenaContent& c) {
    cairo_t* cr = d.cr();
    d.font(8.5);
    d.need(d.line_height() + 4);
    double x = kMargin;
    d.color(kGrey);
    cairo_move_to(cr, x, d.y() + 8.5);
    cairo_show_text(cr, "Rand van de kaart:");
    x += d.width_of("Rand van de kaart:") + 10;
    for (const std::string& type : c.outcome_types) {
        rounded_rect(cr, x, d.y() + 1, 16, 9, 2);
        d.color(tag_color(type));
        cairo_set_line_width(cr, 1.2);
        cairo_stroke(cr);
        d.color(kInk);
        cairo_move_to(cr, x + 20, d.y() + 8.5);
        cairo_show_text(cr, type.c_str());
        x += 20 + d.width_of(type) + 14;
    }
    d.color(kGrey);
    cairo_move_to(cr, x, d.y() + 8.5);
    cairo_show_text(cr, "(dun grijs: zonder label)");
    d.move(d.line_height() + 4);
}

void draw_plenary(Document& d, const EffectenarenaContent& c, const EffectenarenaState& s) {
    // On a page of its own, unless the last group left most of its page empty.
    if (d.y() > kPageH / 2) d.new_page();
    d.move(16);
    d.heading("Plenair: de optelsom", 16, kAccent);
    d.font(9);
    d.color(kGrey);
    d.paragraph(
        "De antwoorden van alle deelnemers tellen op tot het geheel: het aantal antwoorden per vraag en "
        "leefdomein, van alle groepen samen.");
    d.move(6);
    draw_tally(d, c, s);

    const bool on_canvas =
        std::any_of(s.answers.begin(), s.answers.end(), [](const AnswerCard& a) { return !a.zone.empty(); });
    ArenaLayout layout;
    const bool drawn = on_canvas && layout_arena(d, c, s, layout);
    d.need(drawn ? 80 + layout.height() : 80);  // the heading stays with the drawing
    d.heading("De arena", 16, kAccent);
    d.font(9);
    d.color(kGrey);
    if (!on_canvas) {
        d.paragraph("(er zijn geen kaarten in de arena gelegd)");
        return;
    }
    d.paragraph("Activiteiten en wie erin investeert, gekoppeld aan de effecten en wie er baat bij heeft.");
    d.move(4);
    if (drawn) {
        draw_arena(d, c, s, layout);
        draw_tag_legend(d, c);
    } else {
        // Too many cards to draw legibly on one page: the zones as lists instead.
        for (const ArenaZone& zone : c.arena_zones) {
            const auto cards = s.answers_in_zone(zone.id);
            if (cards.empty()) continue;
            d.font(10, true);
            d.color(kInk);
            d.paragraph(zone.name);
            d.font(9.5);
            for (const AnswerCard* a : cards)
                d.bullet(a->text + (a->from_deck()     ? " (partijkaart)"
                                    : a->party.empty() ? ""
                                                       : " (" + a->party + ")"),
                         8);
            d.move(4);
        }
    }
    d.heading("Lijnen", 11.5);
    d.font(9.5);
    d.color(kInk);
    if (s.links.empty()) d.paragraph("(geen lijnen getrokken)");
    for (const ArenaLink& l : s.links) {
        const AnswerCard* a = s.find_answer(l.from);
        const AnswerCard* b = s.find_answer(l.to);
        if (a && b) d.bullet(a->text + "  →  " + b->text, 8);
    }
}

}  // namespace

std::string effectenarena_pdf(const Session& session, const SessionState& state, const PdfReportOptions& options) {
    const EffectenarenaContent& c = session.content().effectenarena;
    const EffectenarenaState& s = state.effectenarena;
    Document d("Tafelgesprek · " + session.meta().title + " · effectenarena");
    draw_title_page(d, session, s);
    for (size_t g = 1; g <= s.groups.size(); ++g) draw_group(d, c, s, static_cast<int>(g), options);
    draw_plenary(d, c, s);
    return d.finish();
}

}  // namespace tafel
