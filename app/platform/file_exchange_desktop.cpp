#include "platform/file_exchange.hpp"

namespace tafel {

bool files_are_downloads() { return false; }
void offer_download(const std::string&, const std::string&, const std::string&) {}
void pick_session_file() {}
bool take_picked_file(std::filesystem::path&) { return false; }

}  // namespace tafel
