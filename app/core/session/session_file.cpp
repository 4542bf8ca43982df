#include "core/session/json.hpp"  // first: see json.hpp
#include "core/session/session_file.hpp"
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/session/session_journal.hpp"
#include "core/session/user_error.hpp"
#include "platform/os/files.hpp"
#include "platform/os/utf8_path.hpp"

namespace tafel {
namespace {

const std::string kNothingChanged = " Er is niets aan het bestand veranderd.";

// Turns what cereal or RapidJSON threw into words a facilitator can act on.
std::string explain_cereal_error(const std::string& what) {
    const std::string nvp_prefix = "provided NVP (";
    auto at = what.find(nvp_prefix);
    if (at != std::string::npos) {
        auto end = what.find(')', at);
        return "het veld '" + what.substr(at + nvp_prefix.size(), end - at - nvp_prefix.size()) + "' ontbreekt";
    }
    if (what.find("rapidjson internal assertion") != std::string::npos) return "een waarde heeft het verkeerde type";
    return "de inhoud is niet wat een sessiebestand bevat";
}

std::string read_whole_file(const std::filesystem::path& path, const std::string& shown) {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        throw UserError("Het bestand " + shown + " bestaat niet. Controleer de naam en de map.");
    }
    if (!std::filesystem::is_regular_file(status)) {
        throw UserError(shown + " is geen gewoon bestand. Kies een sessiebestand (.tafel).");
    }
    auto size = std::filesystem::file_size(path, ec);
    if (ec) throw UserError("Het bestand " + shown + " kan niet worden gelezen. Controleer de rechten.");
    if (size > kMaxSessionFileBytes) {
        throw UserError(shown + " is groter dan 64 MB en is dus geen sessie van Tafelgesprek. Kies een ander bestand." +
                        kNothingChanged);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UserError("Het bestand " + shown + " kan niet worden geopend. Controleer de rechten.");
    std::string text(static_cast<size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<size_t>(in.gcount()));
    return text;
}

size_t line_of(const std::string& text, size_t offset) {
    return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
}

// Parses the header document (iterative, UTF-8 checked) and stops at its end, where the
// journal begins. Returns the offset of that end.
size_t parse_header(rapidjson::Document& doc, const std::string& text) {
    rapidjson::StringStream stream(text.c_str());
    doc.ParseStream<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag |
                    rapidjson::kParseStopWhenDoneFlag>(stream);
    return doc.HasParseError() ? text.size() : stream.Tell();
}

// Version 1 is version 2 without a journal: it is read as it is and written as version 2 at the
// first save. Anything after its document is damage, as it always was.
void check_no_tail(const std::string& text, size_t header_end, const std::string& shown) {
    if (text.find_first_not_of(" \t\r\n", header_end) == std::string::npos) return;
    throw UserError(shown + " is beschadigd of geen sessiebestand (onleesbaar bij regel " +
                    std::to_string(line_of(text, header_end)) + ": " +
                    dutch_parse_error(rapidjson::kParseErrorDocumentRootNotSingular) + ")." + kNothingChanged);
}

// The events of the journal after the header; a damaged line before the last refuses the file.
void add_journal(std::string_view tail, const std::string& shown, std::vector<Event>& events, std::string* note) {
    JournalRead journal = read_journal(tail, shown);
    if (journal.damaged_line > 0) {
        throw UserError(shown + " is beschadigd in het logboek bij gebeurtenis " +
                        std::to_string(events.size() + journal.damaged_line) + " (" + journal.damaged_reason + ")." +
                        kNothingChanged);
    }
    for (Event& e : journal.events) events.push_back(std::move(e));
    if (note) *note = journal.note;
}

void check_format_and_version(const std::string& format, int version, const std::string& shown) {
    if (format != kFormatName) {
        throw UserError(shown + " is geen sessiebestand van Tafelgesprek (het formaat heet '" + format + "')." +
                        kNothingChanged);
    }
    if (version > kFormatVersion) {
        throw UserError(shown + " is gemaakt met een nieuwere versie van Tafelgesprek (bestandsversie " +
                        std::to_string(version) + ", deze versie leest tot en met " + std::to_string(kFormatVersion) +
                        "). Werk Tafelgesprek bij om het te openen." + kNothingChanged);
    }
    if (version < 1) {
        throw UserError(shown + " heeft een onbekende bestandsversie (" + std::to_string(version) + ")." +
                        kNothingChanged);
    }
}

void check_meta(const SessionMeta& meta, const std::string& shown) {
    if (meta.kind != kKindRondomJong && meta.kind != kKindEffectenarena) {
        throw UserError(shown + " heeft een onbekend soort sessie ('" + meta.kind + "')." + kNothingChanged);
    }
}

// One Dutch sentence for a failed write of `path`; says whether the previous file is still there.
[[noreturn]] void throw_io_error(const std::string& action, const std::filesystem::path& path, const os::Result& r) {
    std::string why;
    switch (r.failure) {
        case os::Failure::disk_full:
            why = "de schijf is vol; maak ruimte vrij en probeer het opnieuw";
            break;
        case os::Failure::too_large:
            why = "het bestand wordt groter dan het systeem toestaat; kies een andere map of schijf";
            break;
        case os::Failure::no_rights:
            why = "er zijn geen schrijfrechten in die map; kies een andere map";
            break;
        case os::Failure::no_folder:
            why = "de map bestaat niet; maak hem aan of kies een andere map";
            break;
        default:
            why = "het systeem meldt: " + r.system_text;
    }
    std::error_code ec;
    const bool kept = std::filesystem::exists(path, ec);
    throw UserError(action + " " + path.string() + " is mislukt: " + why + "." +
                    (kept ? " Het vorige bestand is bewaard gebleven." : ""));
}

// Writes `text` to a new temporary file beside `path`, flushed to disk. Returns its path.
std::filesystem::path write_temp_beside(const std::string& text, const std::filesystem::path& path) {
    std::filesystem::path dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    std::filesystem::path temp =
        dir / os::utf8_path("." + os::utf8_string(path.filename()) + ".tmp" + std::to_string(os::process_number()));
    if (os::Result r = os::write_durably(temp, text); !r) throw_io_error("Opslaan van", path, r);
    return temp;
}

}  // namespace

std::string session_to_json(const Session& session) {
    std::ostringstream out;
    {
        // The archive finishes writing in its destructor: keep it in this scope.
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
        std::string format = kFormatName;
        int version = kFormatVersion;
        ar(cereal::make_nvp("format", format), cereal::make_nvp("version", version));
        ar(cereal::make_nvp("meta", session.created_meta()));
        ar(cereal::make_nvp("content", session.content()));
        ar(cereal::make_nvp("events", session.events()));
    }
    out << '\n';
    return out.str();
}

Session session_from_json(const std::string& raw_text, const std::string& shown, std::string* note) {
    // A byte order mark (an editor such as Notepad may add one) is not part of the JSON.
    std::string without_bom;
    if (raw_text.rfind("\xEF\xBB\xBF", 0) == 0) without_bom = raw_text.substr(3);
    const std::string& text = without_bom.empty() ? raw_text : without_bom;
    if (text.empty())
        throw UserError(shown + " is leeg en bevat dus geen sessie. Kies een ander bestand." + kNothingChanged);
    std::string stage = "het begin";
    try {
        // Validate the whole text as JSON first (iterative, UTF-8 checked), so that a parse error
        // can name its place and cereal only ever sees a well-formed document.
        rapidjson::Document probe;
        const size_t header_end = parse_header(probe, text);
        if (probe.HasParseError()) {
            size_t offset = probe.GetErrorOffset();
            size_t line = line_of(text, offset);
            throw UserError(shown + " is beschadigd of geen sessiebestand (onleesbaar bij regel " +
                            std::to_string(line) + ": " + dutch_parse_error(probe.GetParseError()) + ")." +
                            kNothingChanged);
        }
        if (!probe.IsObject()) {
            throw UserError(shown + " is geen sessiebestand van Tafelgesprek (er staat geen object in)." +
                            kNothingChanged);
        }
        probe.SetNull();
        const std::string_view tail = std::string_view(text).substr(header_end);

        std::istringstream in(text.substr(0, header_end));
        cereal::JSONInputArchive ar(in);
        std::string format;
        int version = 0;
        stage = "de kop";
        ar(cereal::make_nvp("format", format), cereal::make_nvp("version", version));
        check_format_and_version(format, version, shown);
        if (version < 2) check_no_tail(text, header_end, shown);
        SessionMeta meta;
        Content content;
        std::vector<Event> events;
        stage = "de gegevens van de sessie";
        ar(cereal::make_nvp("meta", meta));
        check_meta(meta, shown);
        stage = "de inhoud van de methode";
        ar(cereal::make_nvp("content", content));
        validate_content(content, shown + " is de meegeschreven inhoud van de methode onvolledig:",
                         "Het bestand is beschadigd." + kNothingChanged);
        stage = "de lijst met gebeurtenissen";
        ar.setNextName("events");
        ar.startNode();
        cereal::size_type count = 0;
        ar.loadSize(count);
        events.reserve(static_cast<size_t>(count));
        for (cereal::size_type i = 0; i < count; ++i) {
            stage = "gebeurtenis " + std::to_string(i + 1);
            Event event;
            ar(event);
            events.push_back(std::move(event));
        }
        ar.finishNode();
        stage = "het logboek na de kop";
        add_journal(tail, shown, events, note);
        stage = "het naspelen van de gebeurtenissen";
        return Session(std::move(meta), std::move(content), std::move(events));
    } catch (const UserError& e) {
        std::string message = e.what();
        if (message.find(shown) != std::string::npos) throw;  // already names the file
        throw UserError(shown + " is beschadigd: " + message + "." + kNothingChanged);
    } catch (const UnknownEventKind& e) {
        throw UserError(shown + " bevat bij " + stage + " een onbekend soort gebeurtenis ('" + e.what() +
                        "'); misschien is het gemaakt met een nieuwere versie van Tafelgesprek." + kNothingChanged);
    } catch (const cereal::Exception& e) {
        throw UserError(shown + " is beschadigd bij " + stage + ": " + explain_cereal_error(e.what()) + "." +
                        kNothingChanged);
    } catch (const std::bad_alloc&) {
        throw UserError(shown + " is beschadigd bij " + stage + ": het vraagt onmogelijk veel geheugen." +
                        kNothingChanged);
    } catch (const std::exception& e) {
        throw UserError(shown + " is beschadigd bij " + stage + " (" + e.what() + ")." + kNothingChanged);
    }
}

Session load_session(const std::filesystem::path& path, std::string* note) {
    std::string shown = path.string();
    return session_from_json(read_whole_file(path, shown), shown, note);
}

void append_to_session_file(const std::filesystem::path& path, const std::string& bytes) {
    if (os::Result r = os::append_durably(path, bytes); !r) throw_io_error("Opslaan van", path, r);
}

void write_file_atomically(const std::filesystem::path& path, const std::string& bytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);  // follows a symbolic link
    if (fs::is_directory(status)) {
        throw UserError(path.string() + " is een map en geen bestand. Kies een bestandsnaam.");
    }
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        // A device or pipe cannot be replaced, only written (and renaming over it would remove it).
        if (os::Result r = os::write_into(path, bytes); !r) throw_io_error("Opslaan van", path, r);
        return;
    }
    // Through a symbolic link: replace the file it points at, so the link stays a link.
    fs::path destination = path;
    std::error_code link_ec;
    if (fs::exists(status) && fs::is_symlink(fs::symlink_status(path, link_ec))) {
        fs::path target = fs::canonical(path, link_ec);
        if (!link_ec) destination = target;
    }
    fs::path temp = write_temp_beside(bytes, destination);
    if (os::Result r = os::replace_with(temp, destination); !r) throw_io_error("Opslaan van", path, r);
}

void save_session(const Session& session, const std::filesystem::path& path) {
    write_file_atomically(path, session_to_json(session));
}

bool create_file_atomically(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::path temp = write_temp_beside(bytes, path);
    if (os::Result r = os::publish_as_new(temp, path); !r) {
        if (r.failure == os::Failure::exists) return false;
        throw_io_error("Aanmaken van", path, r);
    }
    return true;
}

void create_session_file(const Session& session, const std::filesystem::path& path) {
    std::filesystem::path temp = write_temp_beside(session_to_json(session), path);
    if (os::Result r = os::publish_as_new(temp, path); !r) {
        if (r.failure == os::Failure::exists) {
            throw UserError("Het bestand " + path.string() +
                            " bestaat al en wordt niet overschreven. Kies een andere naam.");
        }
        throw_io_error("Aanmaken van", path, r);
    }
}

bool peek_session_meta(const std::filesystem::path& path, SessionMeta& meta, size_t& event_count) {
    try {
        std::string text = read_whole_file(path, path.string());
        rapidjson::Document doc;
        const size_t header_end = parse_header(doc, text);
        if (doc.HasParseError() || !doc.IsObject()) return false;
        auto text_of = [](const rapidjson::Value& object, const char* key) -> std::string {
            auto it = object.FindMember(key);
            return (it != object.MemberEnd() && it->value.IsString()) ? it->value.GetString() : std::string();
        };
        if (text_of(doc, "format") != kFormatName) return false;
        auto version = doc.FindMember("version");
        if (version == doc.MemberEnd() || !version->value.IsInt() || version->value.GetInt() > kFormatVersion)
            return false;
        auto meta_node = doc.FindMember("meta");
        auto events_node = doc.FindMember("events");
        if (meta_node == doc.MemberEnd() || !meta_node->value.IsObject()) return false;
        if (events_node == doc.MemberEnd() || !events_node->value.IsArray()) return false;
        meta.kind = text_of(meta_node->value, "kind");
        meta.title = text_of(meta_node->value, "title");
        meta.school = text_of(meta_node->value, "school");
        meta.date = text_of(meta_node->value, "date");
        meta.facilitator = text_of(meta_node->value, "facilitator");
        event_count = events_node->value.Size() + count_journal_records(std::string_view(text).substr(header_end));
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace tafel
