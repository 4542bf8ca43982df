#pragma once
// The session file: cereal JSON with our own top-level `format` and `version` fields, then a
// journal of events appended since (session_journal.hpp). A whole save is atomic (temp file,
// fsync, rename, fsync the folder) and an append is one checked line, so a file on disk always
// loads, whenever the process dies. Loading never trusts the file: every problem becomes one
// Dutch sentence (UserError), and the file is only read, never touched.
#include <filesystem>
#include <string>

#include "core/session/session.hpp"

namespace tafel {

inline constexpr const char* kFormatName = "tafelgesprek-sessie";
inline constexpr int kFormatVersion = 2;  // 2: a journal of appended events after the header
inline constexpr std::uintmax_t kMaxSessionFileBytes = 64ull * 1024 * 1024;
inline constexpr const char* kSessionExtension = ".tafel";

// Serialises to the text of a session file.
std::string session_to_json(const Session& session);

// Parses the text of a session file. `shown_name` names the file in error messages. When the
// last journal line was cut short by a crash it is left out, and `note` (if given) says so.
Session session_from_json(const std::string& text, const std::string& shown_name, std::string* note = nullptr);

Session load_session(const std::filesystem::path& path, std::string* note = nullptr);

// Appends journal lines (see session_journal.hpp) to the session file, flushed to disk. Throws
// UserError; the file is then as it was.
void append_to_session_file(const std::filesystem::path& path, const std::string& bytes);

// Replaces `path` atomically with the session. Throws UserError (disk full, no rights…);
// the previous file then stays as it was.
void save_session(const Session& session, const std::filesystem::path& path);

// Replaces the file at `path` with `bytes` atomically: a temporary file beside it, flushed to
// disk, renamed over it. A symbolic link keeps pointing at the file it pointed at; a device or
// pipe (such as /dev/stdout) is written straight. A new file is readable by its owner only, as
// it may hold names. Throws UserError (disk full, no rights, no such folder); the previous file
// then stays as it was and no temporary file is left behind.
void write_file_atomically(const std::filesystem::path& path, const std::string& bytes);

// Writes `bytes` into a new file at `path` atomically (a temporary file, flushed, given the name
// only when no file has it). Returns false when `path` exists (nothing written); throws UserError
// on other failures.
bool create_file_atomically(const std::filesystem::path& path, const std::string& bytes);

// Writes a new session file; refuses when `path` already exists.
void create_session_file(const Session& session, const std::filesystem::path& path);

// Reads only the metadata, for the list of saved sessions; nullopt-like: returns false when
// the file is not a readable session.
bool peek_session_meta(const std::filesystem::path& path, SessionMeta& meta, size_t& event_count);

}  // namespace tafel
