// `ragft ask`: the questionnaire. Answers come from a terminal (arrow-key menus), line mode
// (numbered prompts on stderr), or without prompts from a spec file, `--set` and `--defaults`;
// the result is the same report as `ragft score`, and `--save` keeps the answers as a spec file.

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <set>

#include <unistd.h>

#include <fmt/format.h>

#include <ragft/ask/answer.hpp>
#include <ragft/ask/prompter.hpp>
#include <ragft/ask/resume.hpp>
#include <ragft/base/escape.hpp>
#include <ragft/base/names.hpp>
#include <ragft/base/wrap.hpp>
#include <ragft/engine/project.hpp>
#include <ragft/render/render.hpp>
#include <ragft/spec/writer.hpp>

#include "atomic_file.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "interrupt.hpp"
#include "measure_repo.hpp"
#include "save_offer.hpp"
#include "terminal.hpp"
#include "terminal_prompter.hpp"
#include "usage_hints.hpp"

namespace ragft::cli {

namespace {

constexpr int k_usage_error = 2;
constexpr int k_interrupted = 130;

struct AskOptions {
  std::string answers;
  std::vector<std::string> sets;
  bool defaults = false;
  bool no_input = false;
  bool plain = false;
  std::string save;
  bool force = false;
  std::string format = "text";
  std::string rules;
  bool no_color = false;
  bool measure = false;
  int reasons = 6;
};

// `--measure`: the facts measured in the repository, and which answers they filled.
struct AskMeasurement {
  std::vector<MeasuredFact> measured;
  std::vector<std::string> filled; // fact ids answered by measurement
  MeasureSection section;          // where it measured, paths written out: saved with the answers
};

constexpr const char* k_ask_examples = R"(Examples:
  ragft ask                                   questions in the terminal, then an offer to save the
                                              answers; the report on stdout
  ragft ask --save acme.ragft.yaml            keep the answers (score them again with ragft score)
  ragft ask --plain                           numbered prompts, one per line (screen readers, logs)
  ragft ask --answers acme.yaml --set budget=low --format json
  ragft ask --no-input --set project=Acme --defaults

Keys in the terminal: arrows move, Enter answers, ? help, Left/Esc back, Ctrl-C quits (and
prints the command that goes on from there with the answers given).
Line mode: a number or the value, an empty line for the [answer] shown, ? help, < back.
Nothing is preselected for you: an empty Enter without a previous answer or default means
"don't know", in a menu and in a number field alike.

Exit codes: 0 answered and reported; 2 usage error, invalid answers, answers missing without a
terminal (the message names the flag to pass), or answers that could not be saved (the report is
printed all the same); 130 interrupted (nothing is written; the command that resumes is printed).)";

class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

AnswerStack answers_from_file(const RuleBase& rules, const std::string& path) {
  Diagnostic error;
  const auto text = read_input(path, error);
  if (!text) {
    throw InputError(error);
  }
  const auto documents = parse_specs(*text, path == "-" ? "<stdin>" : path, rules);
  if (const auto* diagnostic = std::get_if<Diagnostic>(&documents.front())) {
    throw InputError(*diagnostic);
  }
  const Spec& spec = std::get<Spec>(documents.front());
  if (documents.size() > 1 || !spec.components.empty()) {
    print_error(fmt::format("ragft: {}: only the first document's project-level facts are used as answers", path));
  }
  return answers_from_spec(rules, spec);
}

// The `measure:` section of the `--answers` file, if it has one.
MeasureSection answers_section(const RuleBase& rules, const AskOptions& options) {
  if (options.answers.empty() || options.answers == "-") {
    return {};
  }
  Diagnostic error;
  const auto text = read_input(options.answers, error);
  const auto documents = text ? parse_specs(*text, options.answers, rules) : std::vector<SpecDocument>{};
  if (!documents.empty() && std::holds_alternative<Spec>(documents.front())) {
    return std::get<Spec>(documents.front()).measure;
  }
  return {};
}

// Answers every question that no file or flag answered (or answered `unknown`) and that the
// repository measures: the `--answers` file's `measure:` section, else the current repository's.
AskMeasurement fill_measured(const RuleBase& rules, AnswerStack& answers, const AskOptions& options) {
  AskMeasurement out;
  const std::string where = options.answers.empty() || options.answers == "-" ? "." : options.answers;
  const MeasureTarget target = target_for_file(where, answers_section(rules, options));
  out.section = MeasureSection{
      true, knowledge_paths(target.section), example_paths(target.section), manifest_paths(target.section), {}};
  MeasureCache cache;
  out.measured = cache.facts(target, rules);
  for (const MeasuredFact& m : out.measured) {
    const auto i = static_cast<std::size_t>(*rules.fact_index(m.fact));
    const FactDef& def = rules.facts[i];
    if ((!answers.values[i] || !answers.values[i]->known()) &&
        set_answer(rules, answers, fmt::format("{}={}", m.fact, format_value(def, m.value))).empty()) {
      out.filled.push_back(m.fact);
    }
  }
  return out;
}

AnswerStack collect_answers(const RuleBase& rules, const AskOptions& options) {
  AnswerStack answers = options.answers.empty() ? start_answers(rules) : answers_from_file(rules, options.answers);
  for (const std::string& assignment : options.sets) {
    if (const std::string error = set_answer(rules, answers, assignment); !error.empty()) {
      constexpr std::size_t k_quoted_chars = 80;
      throw UsageError(fmt::format("--set {}: {}", abbreviated(assignment, k_quoted_chars), error));
    }
  }
  return answers; // the defaults come after `--measure` (run_ask)
}

std::string flag_for(const RuleBase& rules, int question) {
  if (question == k_project_question) {
    return "--set project=NAME";
  }
  const FactDef& fact = rules.facts[static_cast<std::size_t>(fact_of(question))];
  switch (fact.type) {
  case FactType::boolean:
    return fmt::format("--set {}=yes|no", fact.id);
  case FactType::integer:
    return fmt::format("--set {}=N", fact.id);
  case FactType::choice:
    break;
  }
  return fmt::format("--set {}={}", fact.id, fmt::join(fact.choice_values(), "|"));
}

int report_missing(const RuleBase& rules, const std::vector<int>& missing) {
  print_error(fmt::format("ragft: {} answer{} missing and --no-input forbids asking; pass them with --set, "
                          "--answers FILE, or take the defaults with --defaults:",
                          missing.size(), missing.size() == 1 ? " is" : "s are"));
  for (const int question : missing) {
    print_error(fmt::format("  {:<48} {}", flag_for(rules, question), question_text(rules, question)));
  }
  return k_usage_error;
}

bool terminal_allowed(const AskOptions& options) {
  const char* term = std::getenv("TERM");
  const bool dumb = term == nullptr || term[0] == '\0' || std::strcmp(term, "dumb") == 0;
  return !options.plain && !dumb && isatty(STDIN_FILENO) != 0;
}

// What Ctrl-C prints after "interrupted": the command that resumes with the answers given so far,
// kept up to date after every answer as text that a signal handler can write (the pointer is
// published only once its text is whole; the old text is freed after, on the same thread).
std::unique_ptr<std::string> g_resume_note;
std::atomic<const char*> g_resume_text{nullptr};

void keep_resume_note(std::string note) {
  auto next = std::make_unique<std::string>(std::move(note));
  g_resume_text.store(next->c_str());
  g_resume_note = std::move(next);
}

// The options of this run to give again, those that shape the questionnaire, the report and the
// save (the answers file, unless it was stdin, which is gone), after `program ask`.
std::vector<std::string> resume_options(const RuleBase& rules, const AnswerStack& answers, const AskOptions& options) {
  std::vector<std::string> parts = {shell_word(ragft_command()) + " ask"};
  const auto option = [&parts](std::string_view flag, const std::string& value) {
    parts.push_back(fmt::format("{} {}", flag, shell_word(value)));
  };
  if (!options.answers.empty() && options.answers != "-") {
    option("--answers", options.answers);
  }
  if (!options.rules.empty()) {
    option("--rules", options.rules);
  }
  // Every question answered (Ctrl-C at the summary or the save offer): the answers are saved
  // where the save offer would have put them, as the command gives the result at once.
  const bool offer = options.save.empty() && missing_questions(rules, answers).empty();
  const std::string save = offer ? unused_spec_file_name(answers.project) : options.save;
  if (!save.empty()) {
    option("--save", save);
  }
  if (options.format != "text") {
    option("--format", options.format);
  }
  if (options.reasons != AskOptions{}.reasons) {
    parts.push_back(fmt::format("--reasons {}", options.reasons));
  }
  for (const auto& [on, name] : {std::pair{options.measure, "--measure"}, std::pair{options.plain, "--plain"},
                                 std::pair{options.force, "--force"}, std::pair{options.no_color, "--no-color"}}) {
    if (on) {
      parts.emplace_back(name);
    }
  }
  return parts;
}

// The command's parts: the options, then one `--set` with every answer: the command line's own
// (unless answered again since) and the session's (with answers from stdin, every answer).
std::vector<std::string> resume_parts(const RuleBase& rules, const AnswerStack& answers, const AskOptions& options) {
  const bool from_stdin = options.answers == "-";
  const std::vector<std::string> session = session_assignments(rules, answers, from_stdin);
  std::vector<std::string> parts = resume_options(rules, answers, options);
  std::set<std::string> answered;
  for (const std::string& assignment : session) {
    answered.insert(assignment_id(assignment));
  }
  std::vector<std::string> assignments;
  for (const std::string& assignment : options.sets) {
    if (!from_stdin && !answered.contains(assignment_id(assignment))) {
      assignments.push_back(shell_assignment(assignment));
    }
  }
  for (const std::string& assignment : session) {
    assignments.push_back(shell_assignment(assignment));
  }
  for (std::string& part : set_parts(assignments)) {
    parts.push_back(std::move(part));
  }
  return parts;
}

// "ragft: to go on from question 14 of 19 with the answers given so far, run:" and the command,
// wrapped to stderr's width; "" when no answer was given at all (the same command starts again).
std::string resume_note(const RuleBase& rules, const AnswerStack& answers, const AskOptions& options) {
  if (session_assignments(rules, answers).empty() && options.sets.empty() && options.answers.empty()) {
    return "";
  }
  std::vector<std::string> parts = resume_parts(rules, answers, options);
  for (std::string& part : parts) {
    part = escape_text(part);
  }
  const int width = output_width(stderr);
  const std::string command = command_text(parts, width > 2 ? static_cast<std::size_t>(width - 2) : 0);
  const std::string where = resume_position(rules, answers);
  const std::string header = where.empty()
                                 ? "ragft: every question is answered; to save the answers and see the result, run:"
                                 : fmt::format("ragft: to go on from {} with the answers given so far, run:", where);
  std::string note;
  for (const std::string& line : wrap_words(header, width > 1 ? width - 1 : 0)) {
    note += line + '\n';
  }
  for (std::size_t start = 0; start < command.size();) {
    const std::size_t end = std::min(command.find('\n', start), command.size());
    note += fmt::format("  {}\n", std::string_view(command).substr(start, end - start));
    start = end + 1;
  }
  return note;
}

// In line mode nothing is drawn, so Ctrl-C may end the process at once: nothing is written yet.
extern "C" void exit_interrupted(int) {
  constexpr char k_message[] = "\nragft: interrupted; nothing was written\n";
  [[maybe_unused]] ssize_t n = ::write(STDERR_FILENO, k_message, sizeof k_message - 1);
  if (const char* note = g_resume_text.load(); note != nullptr) {
    n = ::write(STDERR_FILENO, note, std::strlen(note));
  }
  ::_exit(k_interrupted);
}

// Who answered: nobody (every answer came from files and flags), the full-screen terminal, or
// line mode on a terminal (a person typing) or on a pipe.
enum class Asked { nobody, terminal, line_typed, line_piped };

using AfterStep = std::function<void(const AnswerStack&)>;

AnswerStack ask_in_line_mode(const RuleBase& rules, AnswerStack answers, const AfterStep& after_step) {
  const auto previous = std::signal(SIGINT, exit_interrupted);
  const int width = output_width(stderr); // a terminal's columns; 0 (one line each) for a log
  LinePrompter prompter(std::cin, std::cerr, isatty(STDIN_FILENO) == 0, width);
  std::cerr << wrap_hanging("ragft ask: answer each question; ? shows help, < goes back, an empty line keeps the "
                            "[answer] shown, or means \"don't know\".",
                            width > 1 ? width - 1 : 0, "", "");
  answers = run_questionnaire(rules, std::move(answers), prompter, after_step);
  std::signal(SIGINT, previous);
  return answers;
}

AnswerStack ask_person(const RuleBase& rules, AnswerStack answers, const AskOptions& options, Asked& asked) {
  const AfterStep keep_note = [&rules, &options](const AnswerStack& so_far) {
    keep_resume_note(resume_note(rules, so_far, options));
  };
  if (terminal_allowed(options)) {
    // The questions are drawn on the terminal that stdin is: colour as if writing there.
    if (auto terminal = TerminalPrompter::open(use_color(options.no_color, stdin))) {
      interrupt_flag(); // SIGTERM stops the questionnaire, which restores the terminal (exit 143)
      asked = Asked::terminal;
      return run_questionnaire(rules, std::move(answers), *terminal, keep_note);
    }
  }
  asked = isatty(STDIN_FILENO) != 0 ? Asked::line_typed : Asked::line_piped;
  return ask_in_line_mode(rules, std::move(answers), keep_note);
}

// After a person answered without --save: offers to keep the answers, where the questions were
// (the terminal, or stdin and stderr in line mode). Returns the file chosen, or "".
std::string offer_to_save(const AnswerStack& answers, Asked asked, std::string_view headline) {
  const std::string& project = answers.project;
  const auto previous = std::signal(SIGINT, exit_interrupted);
  std::string path;
  if (asked == Asked::terminal) {
    std::ifstream in("/dev/tty");
    std::ofstream out("/dev/tty");
    int width = 0;
    if (std::FILE* tty = std::fopen("/dev/tty", "r"); tty != nullptr) {
      width = output_width(tty);
      std::fclose(tty);
    }
    if (in && out) {
      path = offer_save(in, out, project, headline, width);
    }
  } else if (asked == Asked::line_typed) {
    path = offer_save(std::cin, std::cerr, project, headline, output_width(stderr));
  }
  std::signal(SIGINT, previous);
  return path;
}

// What to change when the saved answers would not read back, by the key the problem is in.
std::string read_back_fix(std::string_view key) {
  if (key == "project") {
    return "change the project's name (--set project=NAME)";
  }
  if (key == "description") {
    return "shorten or correct the `description:` of the --answers file";
  }
  if (key == "measure") {
    return "correct the `measure:` section of the --answers file";
  }
  return "change the answer it names (--set FACT=VALUE)";
}

// "ragft: answers saved to FILE; score them again with: ragft score FILE", one line when it fits
// stderr (or stderr is no terminal); on a narrower terminal the sentence is wrapped at spaces and
// the command has a line of its own, so that the terminal does not cut it mid-word.
void print_saved_note(const std::string& path) {
  const std::string command = fmt::format("{} score {}", ragft_command(), path);
  const std::string sentence = fmt::format("ragft: answers saved to {}; score them again with:", path);
  const int width = output_width(stderr);
  if (width <= 1 || static_cast<int>(sentence.size() + 1 + command.size()) < width) {
    print_error(sentence + " " + command);
    return;
  }
  for (const std::string& line : wrap_words(sentence, width - 1)) {
    print_error(line);
  }
  print_error("  " + command);
}

void save_answers(const RuleBase& rules, const Spec& spec, const std::string& path, bool force) {
  const std::string text = write_spec(rules, spec);
  if (const ReadBackProblem problem = spec_read_back_problem(rules, text, spec); !problem.message.empty()) {
    throw InputError(Diagnostic{Location{path, 0, 0},
                                fmt::format("not written: {}; {}", problem.message, read_back_fix(problem.key))});
  }
  const std::string error = write_file_atomically(path, text, force);
  if (!error.empty()) {
    throw InputError(Diagnostic{Location{path, 0, 0}, error});
  }
  print_saved_note(path);
}

// The report's entry; with `--measure`, the facts that measurement answered are told apart from
// the stated ones (unless the person changed them), and differences are findings.
ResultEntry report_entry(const RuleBase& rules, const Spec& spec, const std::optional<AskMeasurement>& measurement) {
  if (!measurement) {
    return make_result_entry(rules, score_project(rules, spec));
  }
  Spec stated = spec;
  for (const MeasuredFact& m : measurement->measured) {
    const auto i = static_cast<std::size_t>(*rules.fact_index(m.fact));
    const bool filled =
        std::find(measurement->filled.begin(), measurement->filled.end(), m.fact) != measurement->filled.end();
    if (filled && stated.facts[i] == m.value) {
      stated.facts[i] = FactValue{};
    }
  }
  const MeasuredSpec filled = fill_from_measurement(rules, stated, measurement->measured);
  ResultEntry entry = make_result_entry(rules, score_project(rules, filled.spec));
  add_measured(entry, rules, filled, measurement->measured);
  return entry;
}

void print_report(const RuleBase& rules, const Spec& spec, const AskOptions& options,
                  const std::optional<AskMeasurement>& measurement) {
  RenderOptions render;
  render.color = use_color(options.no_color, stdout);
  render.max_reasons = options.reasons;
  render.width = output_width(stdout);
  const auto renderer = make_renderer(*parse_format(options.format), render);
  const ResultEntry entry = report_entry(rules, spec, measurement);
  Summary summary;
  add_to_summary(summary, entry);
  renderer->begin(std::cout);
  renderer->result(std::cout, entry);
  renderer->end(std::cout, summary);
  std::cout.flush();
}

// The report's file is where the answers were saved; unsaved answers have none (the report is
// titled with the project's name alone). When the answers cannot be saved, the message says why,
// the report is still printed, and the exit code is 2.
int finish(const RuleBase& rules, const AnswerStack& answers, const AskOptions& options, const std::string& save,
           const std::optional<AskMeasurement>& measurement) {
  Spec spec = to_spec(rules, answers, save);
  // The saved answers keep where to measure: the places `--measure` used, else the answers file's.
  spec.measure = measurement ? measurement->section : answers_section(rules, options);
  int code = 0;
  if (!save.empty()) {
    try {
      save_answers(rules, spec, save, options.force);
    } catch (const InputError& e) { // the questionnaire's result is not lost with the file
      print_error(e.diagnostic());
      code = k_usage_error;
    }
  }
  print_report(rules, spec, options, measurement);
  return code;
}

// "verdict: rag (confidence: high)": the first words of the report that `finish` prints, for the
// save offer that comes before it.
std::string verdict_headline(const RuleBase& rules, const AnswerStack& answers,
                             const std::optional<AskMeasurement>& measurement) {
  const ResultEntry entry = report_entry(rules, to_spec(rules, answers, ""), measurement);
  return fmt::format("verdict: {} (confidence: {})", to_string(entry.verdict), to_string(entry.confidence));
}

int run_ask(const AskOptions& options) {
  const RuleBase& rules = load_rules(options.rules);
  if (!options.save.empty()) {
    if (const std::string error = check_writable(options.save, options.force); !error.empty()) {
      throw InputError(Diagnostic{Location{options.save, 0, 0}, error});
    }
  }
  AnswerStack answers = collect_answers(rules, options);
  std::optional<AskMeasurement> measurement;
  if (options.measure) {
    measurement = fill_measured(rules, answers, options);
  }
  if (options.defaults) {
    answer_defaults(rules, answers);
  }
  const std::vector<int> missing = missing_questions(rules, answers);
  if (!missing.empty() && options.no_input) {
    return report_missing(rules, missing);
  }
  Asked asked = Asked::nobody;
  if (!missing.empty()) {
    answers = ask_person(rules, std::move(answers), options, asked);
  }
  const std::string save = options.save.empty()
                               ? offer_to_save(answers, asked, verdict_headline(rules, answers, measurement))
                               : options.save;
  return finish(rules, answers, options, save, measurement);
}

int run_ask_guarded(const AskOptions& options) {
  try {
    return run_ask(options);
  } catch (const Interrupted&) { // the terminal is restored by now: the note is printed below the shell's prompt
    std::cerr << "ragft: interrupted; nothing was written\n";
    if (g_resume_note) {
      std::cerr << *g_resume_note;
    }
    return interrupt_requested() ? interrupted_exit_code() : k_interrupted; // a signal, or Ctrl-C as a key
  } catch (const EndOfInput& e) {
    print_error(fmt::format("ragft: {}; answer it, or pass the answers with --answers FILE, --set ID=VALUE or "
                            "--defaults (--no-input lists what is missing)",
                            e.what()));
    return k_usage_error;
  } catch (const UsageError& e) {
    print_error(fmt::format("ragft: {}", e.what()));
    return k_usage_error;
  }
}

} // namespace

void setup_ask(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AskOptions>();
  CLI::App* sub = app.add_subcommand("ask", "Answer questions about a project, get rag, fine-tune or hybrid, and why");
  sub->footer(k_ask_examples);
  sub->add_option("--answers", options->answers, "Answers from a spec file (- reads standard input)")
      ->type_name("FILE");
  // One --set takes every ID=VALUE after it (the command Ctrl-C prints gives its answers so).
  sub->add_option("--set", options->sets,
                  "Answers, overriding the file (repeatable; one --set takes several), e.g. budget=low")
      ->type_name("ID=VALUE")
      ->allow_extra_args(true);
  sub->add_flag("--defaults", options->defaults, "Take the default of every question not answered otherwise");
  sub->add_flag("--no-input", options->no_input, "Never prompt; list the missing answers and exit 2");
  sub->add_flag("--plain", options->plain, "Numbered prompts on stderr instead of the full-screen terminal");
  sub->add_option("--save", options->save, "Save the answers as a spec file (ragft: 1)")->type_name("FILE");
  sub->add_flag("--force", options->force, "Let --save replace an existing file");
  sub->add_option("-f,--format", options->format, "Output format of the report")
      ->check(one_of(format_names()))
      ->default_str("text");
  sub->add_option("--rules", options->rules, "Rule base to use instead of the built-in one")->type_name("FILE");
  sub->add_option("--reasons", options->reasons, "Reasons shown per verdict in text output (0 = all)")
      ->check(CLI::Range(0, 1000))
      ->default_str("6");
  sub->add_flag("--measure", options->measure,
                "Answer what the repository measures (see `ragft measure`) before "
                "asking, and warn where given and measured answers differ");
  sub->add_flag("--no-color", options->no_color, "No colour anywhere (also: NO_COLOR, TERM=dumb)");
  sub->callback([options, &exit_code] { exit_code = run_ask_guarded(*options); });
}

} // namespace ragft::cli
