#include "core/overview.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/exports.hpp"
#include "core/follow_up.hpp"

namespace tafel {
namespace {

// Width in characters (code points), for aligned columns on a terminal.
size_t display_width(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}
std::string pad(const std::string& s, size_t width) { return s + std::string(width > display_width(s) ? width - display_width(s) : 0, ' '); }
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
            if (std::find(layer_order.begin(), layer_order.end(), layer.id) == layer_order.end()) layer_order.push_back(layer.id);
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
            st.open += card.field("status") != "afgerond";
            st.overdue += is_overdue(card, today);
        }
    }
    for (auto& [key, t] : tallies) s.parties.push_back(t);
    auto rank = [&](const std::string& layer) { return std::find(layer_order.begin(), layer_order.end(), layer) - layer_order.begin(); };
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
    std::string out = "Overzicht van " + std::to_string(s.sessions) + " Rondom Jong-sessies (peildatum " + today_text + ")\n\n";
    size_t party_w = 10;
    for (const PartyTally& t : s.parties) party_w = std::max(party_w, display_width(t.party) + 2);
    out += pad("Partijen per laag", party_w + 2) + "betrokken  nog niet betrokken\n";
    std::string layer;
    for (const PartyTally& t : s.parties) {
        if (t.layer != layer) {
            layer = t.layer;
            out += layer_name(c, layer) + "\n";
        }
        out += "  " + pad(t.party, party_w) + pad_left(std::to_string(t.involved), 9) + pad_left(std::to_string(t.not_yet), 20) + "\n";
    }
    size_t school_w = 10;
    for (const SchoolTally& st : s.schools) school_w = std::max(school_w, display_width(st.school) + 2);
    out += "\n" + pad("Acties per school", school_w) + "sessies  acties  open  over tijd\n";
    for (const SchoolTally& st : s.schools) {
        out += pad(st.school, school_w) + pad_left(std::to_string(st.sessions), 7) + pad_left(std::to_string(st.actions), 8) +
               pad_left(std::to_string(st.open), 6) + pad_left(std::to_string(st.overdue), 11) + "\n";
    }
    return out;
}

std::string summary_csv(const Summary& s, const Content& c) {
    std::string out = std::string(kCsvBom) + csv_row({"Laag", "Partij", "Betrokken", "Nog niet betrokken", "Sessies"});
    for (const PartyTally& t : s.parties) {
        out += csv_row({layer_name(c, t.layer), t.party, std::to_string(t.involved), std::to_string(t.not_yet), std::to_string(s.sessions)});
    }
    out += "\r\n" + csv_row({"School", "Sessies", "Acties", "Open", "Over tijd"});
    for (const SchoolTally& st : s.schools) {
        out += csv_row({st.school, std::to_string(st.sessions), std::to_string(st.actions), std::to_string(st.open),
                        std::to_string(st.overdue)});
    }
    return out;
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
    // An action is the same when the same person has the same action text.
    auto key = [](const ActionCard& card) { return card.field("naam") + "\n" + card.field("actie"); };
    // The meeting itself ends where its first follow-up starts.
    size_t meeting_end = before.events().size();
    for (size_t i = 0; i < before.events().size(); ++i) {
        if (std::holds_alternative<FollowUpStarted>(before.events()[i].payload)) {
            meeting_end = i;
            break;
        }
    }
    const SessionState at_meeting = before.state_at(meeting_end);
    std::set<std::string> old_keys;
    for (const ActionCard& card : a.actions) {
        old_keys.insert(key(card));
        ActionFate fate{card.field("naam"), card.field("actie"), card.field("gepland"), "nieuw bij opvolging", {}, {}};
        if (const ActionCard* then = at_meeting.rondomjong.find_action(card.id)) fate.status_at_meeting = then->field("status");
        if (meeting_end < before.events().size()) fate.status_followed_up = card.field("status");
        for (const ActionCard& later : b.actions) {
            if (key(later) == key(card)) fate.status_later = later.field("status");
        }
        cmp.actions.push_back(fate);
    }
    for (const ActionCard& card : b.actions) {
        if (!old_keys.count(key(card))) cmp.new_actions.push_back(card.field("naam") + ": " + card.field("actie"));
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
    auto list = [&](const char* what, const std::vector<std::string>& items) {
        if (items.empty()) return;
        out += std::string("  ") + what + ": ";
        for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
        out += "\n";
    };
    for (const LayerChange& change : cmp.layers) {
        out += "\n" + layer_name(after.content(), change.layer) + "\n";
        if (change.added.empty() && change.removed.empty() && change.now_involved.empty() && change.now_not_yet.empty()) {
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
        out += "  " + (f.name.empty() ? std::string("(geen naam)") : f.name) + ": " + f.action + "\n    bij de bijeenkomst " +
               f.status_at_meeting + (f.planned.empty() ? "" : ", gepland klaar " + f.planned);
        if (!f.status_followed_up.empty()) out += "; na opvolging " + f.status_followed_up;
        out += "; in de latere sessie " + (f.status_later.empty() ? std::string("niet meer op de lijst") : f.status_later) + "\n";
    }
    out += "\nNieuwe acties in de latere sessie\n";
    if (cmp.new_actions.empty()) out += "  (geen)\n";
    for (const std::string& a : cmp.new_actions) out += "  " + a + "\n";
    return out;
}

}  // namespace tafel
