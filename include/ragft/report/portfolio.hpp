#pragma once
// A portfolio summary (`ragft score --summary`): how many specs get each verdict, and the fact
// values that drive each verdict most across all of them.

#include <map>
#include <string>
#include <vector>

#include <ragft/engine/project.hpp>

namespace ragft {

// A fact value that gave points to the verdict it helped reach, in one spec.
struct DriverHit {
  Verdict verdict = Verdict::rag;
  std::string fact;  // `fact=value`, the value as a spec spells it
  std::string words; // the same as a report says it: `main task "question answering"`
  double points = 0;
};

// One fact value across the portfolio: the specs where it drove a verdict, and the points it gave.
struct Driver {
  std::string fact;
  std::string words; // `DriverHit::words`
  int specs = 0;
  double points = 0;
};

struct Portfolio {
  int scored = 0;
  int failed = 0;
  PerVerdict<int> per_verdict;
  PerVerdict<std::map<std::string, Driver>> drivers;
};

// The drivers of one scored spec: for the project (or, when its verdict comes from components, for
// each component), every fired rule that gave points to the verdict reached, and each fact that
// made its condition hold (for_each_holding_fact: not the branches of an `any` that fail). One hit
// per verdict and fact value, with the points summed.
std::vector<DriverHit> drivers_of(const RuleBase& rules, const ProjectResult& result);

void add_to_portfolio(Portfolio& portfolio, Verdict verdict, const std::vector<DriverHit>& hits);

// The `count` drivers of `verdict` that gave it the most points, most first (ties: by name).
std::vector<Driver> top_drivers(const Portfolio& portfolio, Verdict verdict, std::size_t count);

} // namespace ragft
