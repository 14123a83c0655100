#pragma once
// Checks of numeric command-line options that CLI11's own validators let through: `nan` passes
// `CLI::Range` (every comparison with it is false), and `-1` given to an unsigned option wraps
// around to 2^64 - 1.

#include <CLI/CLI.hpp>

namespace ragft::cli {

// A finite number from `low` to `high`.
CLI::Validator finite_range(double low, double high);

// A whole number written with digits only: no sign, no fraction.
CLI::Validator unsigned_number();

} // namespace ragft::cli
