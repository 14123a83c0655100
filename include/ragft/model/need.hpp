#pragma once
// The two needs of the seeds: what the model must know (knowledge) and how it must behave
// (behaviour), each scored from the rules that are evidence of it and read as a level.

#include <array>
#include <string_view>

namespace ragft {

enum class Need { none = 0, knowledge = 1, behaviour = 2 };
std::string_view to_string(Need need);

enum class NeedLevel { none = 0, some = 1, strong = 2 };
std::string_view to_string(NeedLevel level);

// The level of each need, indexed by `Need` (the `none` slot is unused).
using NeedLevels = std::array<NeedLevel, 3>;

} // namespace ragft
