#include "core/review/overview.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/session/dates.hpp"
#include "core/rondomjong/exports.hpp"
#include "core/review/follow_up.hpp"

namespace tafel {

namespace af = action_field;
namespace {

// Width in characters (code points), for aligned columns on a terminal.
size_t display_width(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}
std::string pad(const std::string& s, size_t width) {
    return s + std::string(width > display_width(s) ? width - display_width(s) : 0, ' ');
}
std::string pad_left(const std::string& s, size_t width) {
    return std::string(width > display_width(s) ? width - display_width(s) : 0, ' ') + s;
}

std::string layer_name(const Content& c, const std::string& id) {
    const Layer* l = c.rondomjong.find_layer(id);
    return l ? l->name : id;
}

// The parties in a layer: name -> {betrokken somewhere there, nog niet betrokken somewhere there}.
std::map<std::string, std::pair<bool, bool>> parties_in(const RondomJongState& rj, const std::string& layer) {
    std::map<std::string, std::pair<bool, bool>> out;
    for (const Tile* t : rj.tiles_in_layer(layer)) {
        auto& flags = out[t->text];
        (t->not_yet_involved ? flags.second : flags.first) = true;
    }
    return out;
}

}  // namespace

Summary summarize(const std::vector<Session>& sessions, int today) {
    Summary s;
    std::map<std::pair<std::string, std::string>, PartyTally> tallies;
    std::map<std::string, SchoolTally> schools;
    std::vector<std::string> layer_order;
    for (const Session& session : sessions) {
        if (session.meta().kind != kKindRondomJong) continue;
        ++s.sessions;
        const RondomJongState& rj = session.state().rondomjong;
        for (const Layer& layer : session.content().rondomjong.layers) {
            if (std::find(layer_order.begin(), layer_order.end(), layer.id) == layer_order.end())
                layer_order.push_back(layer.id);
            for (const auto& [party, flags] : parties_in(rj, layer.id)) {
                PartyTally& t = tallies[{layer.id, party}];
                t.layer = layer.id;
                t.party = party;
                t.involved += flags.first;
                t.not_yet += flags.second;
            }
        }
        const std::string school = session.meta().school.empty() ? "(school onbekend)" : session.meta().school;
        SchoolTally& st = schools[school];
        st.school = school;
        ++st.sessions;
        for (const ActionCard& card : rj.actions) {
            ++st.actions;
            st.open += card.field(af::kStatus) != "afgerond";
            st.overdue += is_overdue(card, today);
        }
    }
    for (auto& [key, t] : tallies) s.parties.push_back(t);
    auto rank = [&](const std::string& layer) {
        return std::find(layer_order.begin(), layer_order.end(), layer) - layer_order.begin();
    };
    std::sort(s.parties.begin(), s.parties.end(), [&](const PartyTally& a, const PartyTally& b) {
        if (a.layer != b.layer) return rank(a.layer) < rank(b.layer);
        if (a.involved != b.involved) return a.involved > b.involved;
        if (a.not_yet != b.not_yet) return a.not_yet > b.not_yet;
        return a.party < b.party;
    });
    for (auto& [name, st] : schools) s.schools.push_back(st);
    return s;
}

std::string summary_text(const Summary& s, const Content& c, const std::string& today_text) {
    std::string out =
        "Overzicht van " + std::to_string(s.sessions) + " Rondom Jong-sessies (peildatum " + today_text + ")\n\n";
    size_t party_w = 10;
    for (const PartyTally& t : s.parties) party_w = std::max(party_w, display_width(t.party) + 2);
    out += pad("Partijen per laag", party_w + 2) + "betrokken  nog niet betrokken\n";
    std::string layer;
    for (const PartyTally& t : s.parties) {
        if (t.layer != layer) {
            layer = t.layer;
            out += layer_name(c, layer) + "\n";
        }
        out += "  " + pad(t.party, party_w) + pad_left(std::to_string(t.involved), 9) +
               pad_left(std::to_string(t.not_yet), 20) + "\n";
    }
    size_t school_w = 10;
    for (const SchoolTally& st : s.schools) school_w = std::max(school_w, display_width(st.school) + 2);
    out += "\n" + pad("Acties per school", school_w) + "sessies  acties  open  over tijd\n";
    for (const SchoolTally& st : s.schools) {
        out += pad(st.school, school_w) + pad_left(std::to_string(st.sessions), 7) +
               pad_left(std::to_string(st.actions), 8) + pad_left(std::to_string(st.open), 6) +
               pad_left(std::to_string(st.overdue), 11) + "\n";
    }
    return out;
}

std::string summary_csv(const Summary& s, const Content& c) {
    std::string out = std::string(kCsvBom) + csv_row({"Laag", "Partij", "Betrokken", "Nog niet betrokken", "Sessies"});
    for (const PartyTally& t : s.parties) {
        out += csv_row({layer_name(c, t.layer), t.party, std::to_string(t.involved), std::to_string(t.not_yet),
                        std::to_string(s.sessions)});
    }
    out += "\r\n" + csv_row({"School", "Sessies", "Acties", "Open", "Over tijd"});
    for (const SchoolTally& st : s.schools) {
        out += csv_row({st.school, std::to_string(st.sessions), std::to_string(st.actions), std::to_string(st.open),
                        std::to_string(st.overdue)});
    }
    return out;
}

std::string normalized_text(const std::string& text) {
    std::string out;
    auto separate = [&] {
        if (!out.empty() && out.back() != ' ') out += ' ';
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (c < 0x80) {
            if (std::isalnum(c)) {
                out += static_cast<char>(std::tolower(c));
            } else {
                separate();
            }
        } else if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
            out += static_cast<char>(c);  // À…Þ to à…þ (not ×): Ë, É and Ï as typed with caps
            out += static_cast<char>(next + 0x20);
            ++i;
        } else if (c == 0xC2 && next) {
            separate();  // U+0080…U+00BF: no-break space, « » · and other signs
            ++i;
        } else if (c == 0xE2 && (next == 0x80 || next == 0x81) && i + 2 < text.size()) {
            separate();  // general punctuation: ‘ ’ “ ” – — …
            i += 2;
        } else {
            out += static_cast<char>(c);  // other letters, byte by byte
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The rule, simple enough to explain to a facilitator: the same text once normalised is the
// same action; otherwise the texts are compared by their words of four or more letters (so
// "ik", "de", "een", "met" do not count), as sets. When at least two are shared and the shared
// words make up at least 70% of both (2·shared / (words in a + words in b) ≥ 0.7), the card was
// rewritten: "bespreek dat in de teamvergadering" → "bespreek dit in het team" still matches,
// another plan of the same person does not.
double action_similarity(const std::string& a, const std::string& b) {
    const std::string na = normalized_text(a), nb = normalized_text(b);
    if (na == nb) return 2.0;  // above any overlap of words: an identical text wins
    auto words = [](const std::string& text) {
        std::set<std::string> out;
        size_t start = 0;
        while (start < text.size()) {
            size_t end = text.find(' ', start);
            if (end == std::string::npos) end = text.size();
            std::string word = text.substr(start, end - start);
            if (display_width(word) >= 4) out.insert(word);
            start = end + 1;
        }
        return out;
    };
    const std::set<std::string> wa = words(na), wb = words(nb);
    size_t shared = 0;
    for (const std::string& w : wa) shared += wb.count(w);
    if (shared < 2) return 0.0;
    const double overlap = 2.0 * static_cast<double>(shared) / static_cast<double>(wa.size() + wb.size());
    return overlap >= 0.7 ? overlap : 0.0;
}

bool held_before(const SessionMeta& a, const SessionMeta& b) {
    const int da = date_sort_key(a.date), db = date_sort_key(b.date);
    if (da != db) return da < db;
    return a.created_at_ms < b.created_at_ms;
}

std::string fate_text(const ActionFate& f) {
    std::string out = f.status_at_meeting.empty() ? "nieuw bij opvolging" : "bij de bijeenkomst " + f.status_at_meeting;
    if (!f.status_followed_up.empty()) out += " → na opvolging " + f.status_followed_up;
    return out +
           (f.status_later.empty() ? " → niet meer in de latere sessie" : " → in de latere sessie " + f.status_later);
}

Comparison compare_sessions(const Session& before, const Session& after) {
    Comparison cmp;
    const RondomJongState& a = before.state().rondomjong;
    const RondomJongState& b = after.state().rondomjong;
    const auto& layers = after.content().rondomjong.layers;
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        LayerChange change;
        change.layer = it->id;
        auto was = parties_in(a, it->id), now = parties_in(b, it->id);
        for (const auto& [party, flags] : now) {
            auto old = was.find(party);
            if (old == was.end()) {
                change.added.push_back(party);
            } else if (old->second.second && !old->second.first && flags.first) {
                change.now_involved.push_back(party);  // was only nog niet betrokken, now betrokken
            } else if (old->second.first && !flags.first && flags.second) {
                change.now_not_yet.push_back(party);
            }
        }
        for (const auto& [party, flags] : was) {
            if (!now.count(party)) change.removed.push_back(party);
        }
        cmp.layers.push_back(change);
    }
    // The meeting itself ends where its first follow-up starts.
    size_t meeting_end = before.events().size();
    for (size_t i = 0; i < before.events().size(); ++i) {
        if (std::holds_alternative<FollowUpStarted>(before.events()[i].payload)) {
            meeting_end = i;
            break;
        }
    }
    // Every earlier action takes the most similar later action of the same person. The closest
    // pairs are settled first, so an identical text wins over a similar one, and a later action
    // that one earlier action has taken cannot stand for a second one.
    struct Pair {
        double similarity;
        size_t earlier, later;
    };
    std::vector<Pair> pairs;
    for (size_t i = 0; i < a.actions.size(); ++i) {
        for (size_t j = 0; j < b.actions.size(); ++j) {
            if (normalized_text(a.actions[i].field(af::kName)) != normalized_text(b.actions[j].field(af::kName)))
                continue;
            const double similarity =
                action_similarity(a.actions[i].field(af::kAction), b.actions[j].field(af::kAction));
            if (similarity > 0) pairs.push_back({similarity, i, j});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& x, const Pair& y) { return x.similarity > y.similarity; });
    constexpr size_t kNone = static_cast<size_t>(-1);
    std::vector<size_t> later_of(a.actions.size(), kNone);
    std::vector<bool> taken(b.actions.size(), false);
    for (const Pair& p : pairs) {
        if (later_of[p.earlier] != kNone || taken[p.later]) continue;
        later_of[p.earlier] = p.later;
        taken[p.later] = true;
    }
    const SessionState at_meeting = before.state_at(meeting_end);
    for (size_t i = 0; i < a.actions.size(); ++i) {
        const ActionCard& card = a.actions[i];
        ActionFate fate{card.field(af::kName), card.field(af::kAction), card.field(af::kPlanned), {}, {}, {}, {}};
        if (const ActionCard* then = at_meeting.rondomjong.find_action(card.id))
            fate.status_at_meeting = then->field(af::kStatus);
        if (meeting_end < before.events().size()) fate.status_followed_up = card.field(af::kStatus);
        if (later_of[i] != kNone) {
            const ActionCard& later = b.actions[later_of[i]];
            fate.status_later = later.field(af::kStatus);
            if (normalized_text(later.field(af::kAction)) != normalized_text(card.field(af::kAction)))
                fate.action_later = later.field(af::kAction);
        }
        cmp.actions.push_back(fate);
    }
    for (size_t j = 0; j < b.actions.size(); ++j) {
        if (!taken[j])
            cmp.new_actions.push_back(b.actions[j].field(af::kName) + ": " + b.actions[j].field(af::kAction));
    }
    return cmp;
}

std::string comparison_text(const Comparison& cmp, const Session& before, const Session& after) {
    auto label = [](const Session& s) {
        return s.meta().title + " (" + s.meta().date + (s.meta().school.empty() ? "" : ", " + s.meta().school) + ")";
    };
    std::string out = "Vergelijking\n  eerder: " + label(before) + "\n  later:  " + label(after) + "\n";
    if (before.meta().school != after.meta().school) {
        out += "  Let op: dit zijn sessies van verschillende scholen.\n";
    }
    if (held_before(after.meta(), before.meta()))
        out += "  Let op: de latere sessie is eerder gehouden; klopt de volgorde?\n";
    auto list = [&](const char* what, const std::vector<std::string>& items) {
        if (items.empty()) return;
        out += std::string("  ") + what + ": ";
        for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
        out += "\n";
    };
    for (const LayerChange& change : cmp.layers) {
        out += "\n" + layer_name(after.content(), change.layer) + "\n";
        if (change.added.empty() && change.removed.empty() && change.now_involved.empty() &&
            change.now_not_yet.empty()) {
            out += "  geen verschil\n";
        }
        list("erbij", change.added);
        list("weg", change.removed);
        list("van nog niet betrokken naar betrokken", change.now_involved);
        list("van betrokken naar nog niet betrokken", change.now_not_yet);
    }
    out += "\nActies van de eerdere sessie\n";
    if (cmp.actions.empty()) out += "  (geen)\n";
    for (const ActionFate& f : cmp.actions) {
        out += "  " + (f.name.empty() ? std::string("(geen naam)") : f.name) + ": " + f.action + "\n";
        out += "    " + fate_text(f) + (f.planned.empty() ? "" : "  (gepland klaar " + f.planned + ")") + "\n";
        if (!f.action_later.empty()) out += "    later zo geschreven: " + f.action_later + "\n";
    }
    out += "\nNieuwe acties in de latere sessie\n";
    if (cmp.new_actions.empty()) out += "  (geen)\n";
    for (const std::string& a : cmp.new_actions) out += "  " + a + "\n";
    return out;
}

}  // namespace tafel
