#pragma once
// The A4 report of a session for the school, drawn with cairo. Rondom Jong: a title page, the
// pyramid with its cards, per layer the cards, notes and action cards, and the action plan as a
// table. Effectenarena: a title page with the programme as walked, per group its persona, goal,
// answers, needs and outcomes, and the optelsom and arena canvas of the plenary.
// Lives beside the core (it needs cairo, not SDL, GL or ImGui).
#include <filesystem>
#include <string>

#include "core/session/session.hpp"

namespace tafel {

struct PdfReportOptions {
    // Where persona pictures are looked up (the content's effectenarena/personas folder); a
    // picture that is missing or no PNG becomes an empty frame.
    std::filesystem::path persona_pictures;
    // The content folder (assets/): where the card names' break places come from when the
    // session was read from a file.
    std::filesystem::path assets;
};

// The report of `session` as it stands in `state`: the bytes of a pdf file, so the caller can
// write it atomically. Throws UserError (one Dutch sentence) when it cannot be made.
std::string pdf_report(const Session& session, const SessionState& state, const PdfReportOptions& options = {});

// The two methods' reports; pdf_report picks one by the session's kind.
std::string rondomjong_pdf(const Session& session, const SessionState& state, const PdfReportOptions& options);
std::string effectenarena_pdf(const Session& session, const SessionState& state, const PdfReportOptions& options);

}  // namespace tafel
