#include "save_offer.hpp"

#include <filesystem>
#include <istream>
#include <ostream>

#include <fmt/format.h>

#include <ragft/base/text.hpp>
#include <ragft/base/wrap.hpp>
#include <ragft/spec/writer.hpp>

#include "atomic_file.hpp"

namespace ragft::cli {

namespace {

constexpr int k_attempts = 5;

// `text` in lines shorter than `width` characters (one line when `width` is 0), each but the last
// ending with '\n': the terminal would otherwise break a word at its edge.
std::string wrapped(std::string_view text, int width) {
  std::string out;
  for (const std::string& line : wrap_words(text, width > 1 ? width - 1 : width)) {
    out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

bool is_no(const std::string& reply) {
  return reply == "n" || reply == "N" || reply == "no" || reply == "No" || reply == "NO";
}

} // namespace

std::string unused_spec_file_name(const std::string& project) {
  const std::string name = spec_file_name(project);
  const std::string stem = name.substr(0, name.size() - std::string_view(".yaml").size());
  std::error_code ec;
  std::string candidate = name;
  for (int n = 2; std::filesystem::exists(candidate, ec); ++n) {
    candidate = fmt::format("{}-{}.yaml", stem, n);
  }
  return candidate;
}

std::string offer_save(std::istream& in, std::ostream& out, const std::string& project, std::string_view headline,
                       int width) {
  const std::string suggested = unused_spec_file_name(project);
  if (!headline.empty()) {
    out << '\n' << wrapped(fmt::format("{}; the report with its reasons comes next.", headline), width);
  }
  out << '\n'
      << wrapped("Save these answers, to score them again or share them?", width) << '\n'
      << wrapped(fmt::format("Enter saves them to {}; type another file name, or n to skip:", suggested), width) << ' ';
  for (int attempt = 0; attempt < k_attempts; ++attempt) {
    out.flush();
    std::string line;
    if (!std::getline(in, line)) {
      out << '\n';
      return "";
    }
    const std::string reply(trim(line));
    if (is_no(reply)) {
      return "";
    }
    std::string path = reply.empty() ? suggested : reply;
    std::error_code ec;
    const std::string error =
        std::filesystem::exists(path, ec) ? "already exists, and is never replaced here" : check_writable(path, false);
    if (error.empty()) {
      return path;
    }
    out << wrapped(fmt::format("{}: {}.", path, error), width) << '\n'
        << wrapped(fmt::format("Another file name (Enter: {}, n: skip):", suggested), width) << ' ';
  }
  return "";
}

} // namespace ragft::cli
