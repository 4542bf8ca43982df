#include "report/pdf_report.hpp"

#include "core/session/user_error.hpp"

namespace tafel {

std::string pdf_report(const Session& session, const SessionState& state, const PdfReportOptions& options) {
    const std::string& kind = session.meta().kind;
    if (kind == kKindRondomJong) return rondomjong_pdf(session, state, options);
    if (kind == kKindEffectenarena) return effectenarena_pdf(session, state, options);
    throw UserError("Van een sessie van het soort '" + kind +
                    "' kan geen pdf-verslag worden gemaakt; kies md als formaat.");
}

}  // namespace tafel
