#pragma once
// The end of `ragft ask` without `--save`: answers typed for minutes are not thrown away. The
// person is offered to keep them as a spec file, under a name made from the project's name that
// does not exist yet, or under a name they type; never over an existing file.

#include <iosfwd>
#include <string>
#include <string_view>

namespace ragft::cli {

// A file name for `project`'s answers that does not exist in the current folder:
// "acme-support.yaml", else "acme-support-2.yaml", "acme-support-3.yaml", ...
std::string unused_spec_file_name(const std::string& project);

// Asks on `out` and reads the reply from `in`: Enter keeps the suggested name, a typed name is
// used instead (asked again while it cannot be written), `n` or the end of `in` skips. Returns
// the file to save to, or "" to save nothing. `headline` (the verdict in one line, e.g.
// "verdict: rag (confidence: high)") comes first, so that the person is not asked on a blank
// screen before seeing any result; "" leaves it out. Lines are broken at spaces to fit `width`
// columns (0: not broken).
std::string offer_save(std::istream& in, std::ostream& out, const std::string& project, std::string_view headline,
                       int width);

} // namespace ragft::cli
