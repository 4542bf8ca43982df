#pragma once
// `tafelgesprek bench`: measures the board under load inside one process and prints a table
// and JSON. Figures, not pass/fail: the goals are in the README and the issue notes.
#include <filesystem>
#include <string>

namespace tafel {

struct BenchOptions {
    std::filesystem::path assets_dir;
    std::filesystem::path font_dir;
    std::filesystem::path json_out;  // optional
};

// Returns the process exit code; prints the table to stdout.
int run_bench(const BenchOptions& options);

}  // namespace tafel
