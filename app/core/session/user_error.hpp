#pragma once
#include <stdexcept>
#include <string>

namespace tafel {

// An error meant for the person in front of the table: one Dutch sentence that says what
// is wrong and what to do. Everything that reaches the user goes through this type.
class UserError : public std::runtime_error {
public:
    explicit UserError(const std::string& sentence) : std::runtime_error(sentence) {}
};

}  // namespace tafel
