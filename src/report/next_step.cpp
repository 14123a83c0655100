#include <ragft/report/next_step.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <ragft/model/facts.hpp>
#include <ragft/rules/condition.hpp>

#include "report/word_list.hpp"

namespace ragft {

namespace {

constexpr std::int64_t k_prompt_documents = 500; // the rule small-knowledge-base's bound
constexpr std::int64_t k_enough_examples = 100;

// What the table's rows read: the facts they need, by name.
struct StepFacts {
  Verdict verdict = Verdict::rag;
  const Assessment* a = nullptr;
  const RuleBase* rules = nullptr;
  const FactSet* facts = nullptr;
  std::optional<std::int64_t> docs;
  std::optional<std::int64_t> examples;
  std::string rag_quality; // "none", "poor", "good" or "" (unknown)
  bool private_data = false;
  std::string gpu_access; // "none", "rented", "dedicated" or "" (unknown)
  bool from_components = false;
};

const FactValue* known_fact(const RuleBase& rules, const FactSet& facts, std::string_view id) {
  const auto index = rules.fact_index(id);
  if (!index || static_cast<std::size_t>(*index) >= facts.size() || !facts[static_cast<std::size_t>(*index)].known()) {
    return nullptr;
  }
  return &facts[static_cast<std::size_t>(*index)];
}

std::optional<std::int64_t> integer_fact(const RuleBase& rules, const FactSet& facts, std::string_view id) {
  const FactValue* v = known_fact(rules, facts, id);
  return v == nullptr ? std::nullopt : std::optional(v->as_integer());
}

bool bool_fact(const RuleBase& rules, const FactSet& facts, std::string_view id) {
  const FactValue* v = known_fact(rules, facts, id);
  return v != nullptr && rules.facts[static_cast<std::size_t>(*rules.fact_index(id))].type == FactType::boolean &&
         v->as_bool();
}

std::string choice_fact(const RuleBase& rules, const FactSet& facts, std::string_view id) {
  const FactValue* v = known_fact(rules, facts, id);
  if (v == nullptr) {
    return "";
  }
  const FactDef& def = rules.facts[static_cast<std::size_t>(*rules.fact_index(id))];
  return def.type == FactType::choice ? def.choices[static_cast<std::size_t>(v->as_choice())].value : "";
}

std::string count_text(const std::optional<std::int64_t>& n, std::string_view noun) {
  return n ? fmt::format("your {} {}", group_thousands(*n), noun) : fmt::format("your {}", noun);
}

// Where retrieval looks: the documents the spec counts, or (unknown or none) what RAG needs first,
// without assuming documents the spec does not mention.
std::string docs_text(const std::optional<std::int64_t>& n) {
  if (!n) {
    return "the documents or records the answers must quote (the spec does not say which or how many: list them "
           "first)";
  }
  if (*n == 0) {
    return "the knowledge the answers must quote (the spec counts no documents yet: collect them first)";
  }
  return count_text(n, "documents");
}

bool behaviour_gap(const StepFacts& f) { return f.a->behaviour.level != NeedLevel::none; }

bool all_blocked(const StepFacts& f) { return f.a->all_blocked && !f.a->blockers.empty(); }
std::string lift_blocker(const StepFacts& f) { return "Lift a blocker first: " + f.a->blockers.front().unblock; }

// Most facts unknown, a low confidence, and unknown facts that alone could overturn the verdict:
// whatever the few known facts suggest, what to do first is to find those out (readers18: a team
// lead who answered "don't know" to 15 of 19 questions got rag on a 1-point lead and the step
// "Build a small RAG prototype ... (the spec does not say which or how many: list them first)",
// while each of 8 unknown facts could have made it fine-tune). An unknown that could only add
// to the verdict (rag or fine-tune becoming hybrid) leaves its step worth taking: a helpline with
// 2,000 documents changing monthly still starts with a RAG prototype if a strict style makes it
// hybrid. Not for a project whose verdict comes from its components (the project-level facts are
// few there by design).
constexpr std::size_t k_first_unknowns = 3; // as many as the report's unknown line names

// Whether `could` would be another thing to build than `now`: rag and fine-tune each other, and
// hybrid either (hybrid only adds to rag or to fine-tune).
bool overturns(Verdict now, Verdict could) {
  return now == Verdict::hybrid ? could != Verdict::hybrid : could != now && could != Verdict::hybrid;
}

std::vector<const UnknownEntry*> overturning_unknowns(const StepFacts& f) {
  std::vector<const UnknownEntry*> found;
  for (const UnknownEntry& u : f.a->unknowns) {
    if (std::any_of(u.could_become.begin(), u.could_become.end(), [&](Verdict v) { return overturns(f.verdict, v); })) {
      found.push_back(&u);
    }
  }
  return found;
}

bool mostly_unknown(const StepFacts& f) {
  return !f.from_components && f.a->confidence == Confidence::low && 2 * f.a->unknown_facts > f.a->total_facts &&
         !overturning_unknowns(f).empty();
}

std::string find_out_first(const StepFacts& f) {
  const std::vector<const UnknownEntry*> found = overturning_unknowns(f);
  std::vector<std::string> items;
  std::vector<std::string> verdicts;
  for (const UnknownEntry* u : found) {
    if (items.size() == k_first_unknowns) {
      break;
    }
    items.push_back(u->label);
    for (Verdict v : u->could_become) {
      const std::string name(to_string(v));
      if (overturns(f.verdict, v) && std::find(verdicts.begin(), verdicts.end(), name) == verdicts.end()) {
        verdicts.push_back(name);
      }
    }
  }
  if (const std::size_t more = found.size() - items.size(); more > 0) {
    items.push_back(fmt::format("{} more (ragft explain names them)", more));
  }
  const bool one = found.size() == 1;
  return fmt::format("Find out first the {} that could {}make it {}: {}; with {} of {} facts unknown, {} is only a "
                     "first guess.",
                     one ? "fact" : "facts", one ? "" : "each ", report_detail::word_list(verdicts, "or"),
                     report_detail::word_list(items, "and"), f.a->unknown_facts, f.a->total_facts,
                     to_string(f.verdict));
}

// The verdict is only what the blockers leave: a blocked verdict scores more. Its blocker is what
// stands between the project and the better-scoring approach.
const BlockerEntry* outscoring_blocker(const StepFacts& f) {
  for (const BlockerEntry& b : f.a->blockers) {
    for (Verdict v : b.blocks) {
      if (f.a->scores[v] > f.a->scores[f.verdict]) {
        return &b;
      }
    }
  }
  return nullptr;
}
bool left_by_blocker(const StepFacts& f) { return outscoring_blocker(f) != nullptr; }
std::string lift_for_better(const StepFacts& f) {
  const BlockerEntry& b = *outscoring_blocker(f);
  std::vector<std::string_view> names;
  names.reserve(b.blocks.size());
  for (Verdict v : b.blocks) {
    names.push_back(to_string(v));
  }
  return fmt::format("{} ({} would score higher but {} blocked.)", b.unblock, fmt::join(names, " and "),
                     names.size() == 1 ? "is" : "are");
}

// A RAG system that answers well, and no behaviour need: nothing to build (readers13: the policy
// FAQ's good RAG system over 120 documents was told to try long-context prompting first and build
// retrieval only if that fell short; over 500, to build a prototype).
bool rag_good_system(const StepFacts& f) {
  return f.verdict == Verdict::rag && f.rag_quality == "good" && !behaviour_gap(f);
}
std::string keep_the_system(const StepFacts&) {
  return "Keep the existing RAG system: it answers well and nothing in the facts calls for fine-tuning; check it "
         "again on 50 real questions when the documents or the questions change.";
}

// Some documents, fewer than fit a long context window whole.
bool few_documents(const StepFacts& f) { return f.docs && *f.docs > 0 && *f.docs < k_prompt_documents; }

bool fits_in_prompt(const StepFacts& f) { return f.verdict == Verdict::rag && few_documents(f) && !behaviour_gap(f); }
// The documents fit a prompt whole only if they are short: small-knowledge-base's bound counts a
// document as a page (readers17: a drafting aid over 400 clinical study reports, each hundreds of
// pages, was told "Put your 400 documents in the prompt whole").
std::string if_they_fit() {
  return fmt::format("if they come to under about {} pages in all", group_thousands(k_prompt_documents));
}

std::string try_long_context(const StepFacts& f) {
  return fmt::format("Your {} documents may fit in a prompt whole, {}: try long-context prompting first, and build "
                     "retrieval if they are longer or that falls short.",
                     group_thousands(*f.docs), if_they_fit());
}

// The fact that asks for a small model: it is about the model, not its answers, so it is not
// among "what retrieval does not change" (readers12, readers13: "for what retrieval does not
// change: output format, small model wanted" read as a label where a purpose was due).
constexpr std::string_view k_small_model_fact = "smaller_model_wanted";
constexpr std::string_view k_small_model_purpose =
    "to let the small model you want do the task (trained for one narrow task, a small model can match a general "
    "model many times its size)";

// What a behaviour fact of the built-in rule base asks of the answers, in words (readers14,
// readers15: "for what retrieval does not change: output format, style requirement, domain
// terminology" and "handle the style requirement in the system prompt" named facts by their
// labels where a reader expects what is to be handled). A fact of another rule base is named by
// its label ("the style requirement").
struct FactPurpose {
  std::string_view fact;
  std::string_view purpose;
};
constexpr FactPurpose k_purposes[] = {
    {"output_format", "the output's fixed structure"},
    {"style_requirement", "the tone of voice"},
    {"domain_terminology", "the domain's terms"},
    {"domain_reasoning", "the field's steps of reasoning"},
};

std::string purpose_of(const FactDef& def) {
  for (const FactPurpose& p : k_purposes) {
    if (p.fact == def.id) {
      return std::string(p.purpose);
    }
  }
  return "the " + fact_label(def);
}

// What fine-tuning is wanted for: the facts, in words, of each behaviour reason that gives
// fine-tune points ("the tone of voice", "the domain's terms"), each once, and apart from them
// whether one of those reasons is that a small model is wanted.
struct BehaviourWanted {
  std::vector<std::string> answers;
  bool small_model = false;
};

BehaviourWanted behaviour_wanted(const StepFacts& f) {
  BehaviourWanted wanted;
  for (const ReasonEntry& reason : f.a->reasons) {
    const Rule* rule = f.rules->find_rule(reason.rule);
    if (reason.need != "behaviour" || reason.points[Verdict::fine_tune] <= 0 || rule == nullptr) {
      continue;
    }
    for (const int fact : holding_known_facts(rule->condition, *f.facts, nullptr)) {
      const FactDef& def = f.rules->facts[static_cast<std::size_t>(fact)];
      if (def.id == k_small_model_fact) {
        wanted.small_model = true;
        continue;
      }
      std::string purpose = purpose_of(def);
      if (std::find(wanted.answers.begin(), wanted.answers.end(), purpose) == wanted.answers.end()) {
        wanted.answers.push_back(std::move(purpose)); // once, though several reasons name it
      }
    }
  }
  return wanted;
}

// Under small-knowledge-base's bound and with no RAG system yet, the documents may go into the
// prompt whole, in every step that starts with them, not only where nothing else is needed
// (readers16: a thesis-feedback tool over a 20-document rubric and handbook, hybrid, was told
// "Start with RAG on your 20 documents" under the reason "20 documents may fit in the prompt
// whole ...: long-context prompting with prompt caching may be enough before building retrieval").
bool fits_whole(const StepFacts& f) { return few_documents(f) && f.rag_quality != "poor" && f.rag_quality != "good"; }

// Where the answers' knowledge comes from, as the step that follows names it, with its verb.
std::string_view knowledge_source_does(const StepFacts& f) {
  return fits_whole(f) ? "the documents in the prompt do" : "retrieval does";
}

// What fine-tuning is added for: the facts behind the behaviour need and a wanted small model,
// else what behaviour is.
std::string tuned_for(const StepFacts& f) {
  const BehaviourWanted wanted = behaviour_wanted(f);
  if (wanted.answers.empty()) {
    return wanted.small_model ? std::string(k_small_model_purpose)
                              : std::string("when the style, format or terms of the answers are still off");
  }
  return fmt::format("for what {} not change: {}{}", knowledge_source_does(f),
                     report_detail::word_list(wanted.answers, "and"),
                     wanted.small_model ? fmt::format("; and {}", k_small_model_purpose) : std::string());
}

// " (for output format, a small model)": what blocked fine-tuning would be for.
std::string blocked_tuning_for(const StepFacts& f) {
  BehaviourWanted wanted = behaviour_wanted(f);
  if (wanted.small_model) {
    wanted.answers.emplace_back("a small model");
  }
  if (wanted.answers.empty()) {
    return " (for style, format or terms)";
  }
  return fmt::format(" (for {})", report_detail::word_list(wanted.answers, "and"));
}

// The blockers that keep fine-tuning from being added to RAG (those that block hybrid).
std::vector<const BlockerEntry*> tuning_blockers(const StepFacts& f) {
  std::vector<const BlockerEntry*> out;
  for (const BlockerEntry& b : f.a->blockers) {
    if (b.blocks_verdict(Verdict::hybrid)) {
      out.push_back(&b);
    }
  }
  return out;
}

// A behaviour need short of strong, with no small model wanted: by the rules' own texts a system
// prompt mostly meets it (moderate-style: "a system prompt may hold it"; proprietary-terminology:
// "jargon alone is not a strong behaviour need"), so the prompt comes before fine-tuning
// (readers13: a helpline with a moderate style and no examples was told fine-tuning "is blocked
// until" it had 10; readers14: a bank's DSL assistant with no GPUs and a low budget was told to add
// fine-tuning for its terminology, under a reason saying jargon alone is no strong need).
bool prompt_first(const StepFacts& f, const BehaviourWanted& wanted) {
  return f.a->behaviour.level == NeedLevel::some && !wanted.small_model && !wanted.answers.empty();
}
std::string in_the_prompt(const BehaviourWanted& wanted) {
  return fmt::format(", and handle {} in the system prompt (instructions and a few examples)",
                     report_detail::word_list(wanted.answers, "and"));
}

// Where the retrieval half begins: a RAG system that exists is fixed or kept, not started again
// (readers15: a telecom assistant whose RAG system answers poorly was told "Start with RAG on your
// 40,000 documents", where the step for a poor system without a behaviour need is to fix its
// retrieval). `docs` is what "Start with RAG on" names when there is none; `first` is false where
// the fix goes on beside another step ("meanwhile fix ...").
std::string rag_start(const StepFacts& f, const std::string& docs, bool first = true) {
  if (f.rag_quality == "poor") {
    return fmt::format("Fix the existing RAG system's retrieval{} (how documents are split, searched and ranked)",
                       first ? " first" : "");
  }
  if (f.rag_quality == "good") {
    return "Keep the existing RAG system";
  }
  if (fits_whole(f)) {
    return fmt::format("Put {} in the prompt whole {} (long-context prompting; build retrieval if they are longer or "
                       "that falls short)",
                       docs.empty() ? std::string("the documents") : docs, if_they_fit());
  }
  return docs.empty() ? std::string("Start with RAG") : "Start with RAG on " + docs;
}

bool rag_with_behaviour(const StepFacts& f) { return f.verdict == Verdict::rag && behaviour_gap(f); }
std::string rag_then_tune(const StepFacts& f) {
  const std::string on = f.docs && *f.docs > 0 ? count_text(f.docs, "documents") : "";
  const BehaviourWanted wanted = behaviour_wanted(f);
  const bool prompt = prompt_first(f, wanted);
  const std::string start = rag_start(f, on) + (prompt ? in_the_prompt(wanted) : "");
  const std::vector<const BlockerEntry*> blockers = tuning_blockers(f);
  if (blockers.empty()) {
    return prompt ? start + "; add fine-tuning only if the answers still fall short there."
                  : fmt::format("{}; add fine-tuning {}.", start, tuned_for(f));
  }
  // Fine-tuning cannot be added yet (readers11: "add fine-tuning" on too few examples, which the
  // blocked line below it ruled out): what is wanted of it, then what lifts the block.
  std::vector<std::string> steps;
  steps.reserve(blockers.size());
  for (const BlockerEntry* b : blockers) {
    steps.push_back(leading_clause(b->unblock, {"; "})); // what to do meanwhile is the blocked line's
  }
  return fmt::format("{}; fine-tuning{}{} is blocked until you lift it: {}.", start, blocked_tuning_for(f),
                     prompt ? ", if that falls short," : "", fmt::join(steps, "; "));
}

bool rag_poor_prototype(const StepFacts& f) { return f.verdict == Verdict::rag && f.rag_quality == "poor"; }
std::string fix_retrieval(const StepFacts&) {
  return "Fix the existing RAG system's retrieval first (how documents are split, searched and ranked), and measure it "
         "on 50 real questions.";
}

bool is_rag(const StepFacts& f) { return f.verdict == Verdict::rag; }
std::string rag_prototype(const StepFacts& f) {
  return fmt::format("Build a small RAG prototype on {} and try it on 50 real questions.", docs_text(f.docs));
}

bool too_few_examples(const StepFacts& f) {
  return f.verdict != Verdict::rag && (!f.examples || *f.examples < k_enough_examples);
}
std::string collect_examples(const StepFacts& f) {
  return fmt::format("Collect 100+ examples of an input and the answer you want ({}), then fine-tune{}{}.",
                     f.examples ? fmt::format("you have {}", group_thousands(*f.examples))
                                : std::string("the spec does not say how many you have"),
                     behaviour_wanted(f).small_model ? " a small model" : "",
                     f.verdict == Verdict::hybrid ? "; meanwhile " + leading_clause(rag_start(f, "", false), {})
                                                  : std::string());
}

bool hybrid_good_prototype(const StepFacts& f) { return f.verdict == Verdict::hybrid && f.rag_quality == "good"; }
std::string tune_the_prototype(const StepFacts& f) {
  return fmt::format("Keep the existing RAG system and fine-tune its model on {} for what it still gets wrong (style, "
                     "format, terms).",
                     count_text(f.examples, "examples"));
}

bool is_hybrid(const StepFacts& f) { return f.verdict == Verdict::hybrid; }
std::string rag_first(const StepFacts& f) {
  return fmt::format("{}; add fine-tuning on {} {}.", rag_start(f, docs_text(f.docs)),
                     count_text(f.examples, "examples"), tuned_for(f));
}

bool always(const StepFacts&) { return true; }
// The model a step fine-tunes: a small one when a reason asks for it (readers17: an NPC dialogue
// model that must run on the phone in 100 ms, its second reason small-model, was told "Fine-tune a
// model on your 30,000 examples").
std::string model_to_tune(const StepFacts& f) {
  return behaviour_wanted(f).small_model ? "a small model, one that fits where it must run," : "a model";
}

std::string tune_and_compare(const StepFacts& f) {
  return fmt::format("Fine-tune {} on {}, keep some aside, and compare it there with a prompted base model.",
                     model_to_tune(f), count_text(f.examples, "examples"));
}

// What a step that trains on the examples adds when answers need private data: the report's
// private-data reason says fine-tuning on it makes it leak (readers11: a hybrid was told to
// fine-tune on post-mortems holding incident details, under that warning).
std::string private_caution(const StepFacts& f) {
  if (!f.private_data) {
    return "";
  }
  return f.verdict == Verdict::fine_tune
             ? " Mask the private data in the examples before training: a model can repeat what it was trained on."
             : fmt::format(" Mask the private data in the examples before training: a model can repeat what it was "
                           "trained on, so private facts belong in {}.",
                           fits_whole(f) ? "the documents in the prompt" : "the retrieved documents");
}

// Where a fine-tune or hybrid step trains when there are no GPUs (readers15: a two-person game
// studio with no GPUs and no ML staff was told "Fine-tune a model on your 300 examples" and not
// how; the no-gpu reason, "only managed fine-tuning APIs remain", was among those not shown). A
// rag step only adds fine-tuning if need be: it says nothing of where.
std::string gpu_note(const StepFacts& f) {
  if (f.verdict == Verdict::rag || f.gpu_access != "none") {
    return "";
  }
  return " With no GPUs of your own, train through a managed fine-tuning service or on GPUs rented for the run.";
}

struct StepRule {
  bool (*holds)(const StepFacts&) = nullptr;
  std::string (*step)(const StepFacts&) = nullptr;
  bool trains = false; // the step trains a model on the examples (now or once a block is lifted)
};

// The first row that holds gives the step (the table of next_step.hpp, in order).
// clang-format off
constexpr StepRule k_step_rules[] = {
    {all_blocked, lift_blocker},       {mostly_unknown, find_out_first},
    {left_by_blocker, lift_for_better},
    {rag_good_system, keep_the_system}, {fits_in_prompt, try_long_context},
    {rag_with_behaviour, rag_then_tune, true}, {rag_poor_prototype, fix_retrieval},
    {is_rag, rag_prototype},           {too_few_examples, collect_examples, true},
    {hybrid_good_prototype, tune_the_prototype, true}, {is_hybrid, rag_first, true},
    {always, tune_and_compare, true},
};
// clang-format on

std::string first_sentence(const std::string& text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '.' && text[i + 1] == ' ' && (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1])))) {
      return text.substr(0, i + 1);
    }
  }
  return text;
}

} // namespace

std::string leading_clause(std::string_view text, std::initializer_list<std::string_view> stops) {
  std::size_t end = text.size();
  for (const std::string_view stop : stops) {
    end = std::min(end, text.find(stop));
  }
  std::string clause(text.substr(0, end));
  while (!clause.empty() && (clause.back() == '.' || clause.back() == ' ')) {
    clause.pop_back();
  }
  const bool acronym = clause.size() > 1 && std::isupper(static_cast<unsigned char>(clause[1])) != 0;
  if (!clause.empty() && std::isupper(static_cast<unsigned char>(clause[0])) != 0 && !acronym) {
    clause[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(clause[0])));
  }
  return clause;
}

std::string why_sentence(const Assessment& a) {
  if (a.all_blocked && !a.blockers.empty()) {
    return first_sentence(a.blockers.front().because);
  }
  const auto best =
      std::max_element(a.reasons.begin(), a.reasons.end(), [&](const ReasonEntry& x, const ReasonEntry& y) {
        return x.points[a.verdict] < y.points[a.verdict];
      });
  if (best == a.reasons.end() || best->points[a.verdict] <= 0) {
    return "No rule points to one verdict yet: answer more of the questions.";
  }
  return first_sentence(best->because);
}

std::string next_step(const RuleBase& rules, const FactSet& facts, Verdict verdict, const Assessment& a,
                      bool from_components) {
  StepFacts f{verdict,
              &a,
              &rules,
              &facts,
              integer_fact(rules, facts, "knowledge_base_docs"),
              integer_fact(rules, facts, "labeled_examples"),
              choice_fact(rules, facts, "existing_rag_quality"),
              bool_fact(rules, facts, "private_data"),
              choice_fact(rules, facts, "gpu_access"),
              from_components};
  for (const StepRule& rule : k_step_rules) {
    if (rule.holds(f)) {
      return rule.step(f) + (rule.trains ? gpu_note(f) + private_caution(f) : "");
    }
  }
  return "";
}

} // namespace ragft
