#pragma once
// The summary screen of `ragft ask` (full screen and line mode) and the leaning shown above each
// question, as text. Pure: the prompters draw what these return.

#include <ragft/ask/questionnaire.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace ragft {

// Labels longer than this are not given a wider column; they are followed by the gap alone.
constexpr std::size_t k_summary_label_column_max = 40;

// Width of the summary's label column: the longest label's, at most k_summary_label_column_max
// characters.
std::size_t summary_label_width(const std::vector<SummaryRow>& rows);

// The spaces between the label column and the values: two, so that the longest label does not
// read on into its value (readers13: "quality of the existing RAG system none" read as one phrase).
constexpr std::size_t k_summary_gap = 2;

// One summary row: its label padded to `label_width`, then k_summary_gap spaces, then its value; a
// label never runs into its value.
std::string summary_row_text(const SummaryRow& row, std::size_t label_width);

// One summary row in lines of at most `columns` characters (0: one line, as summary_row_text): a
// value too long for the rest of the first line goes on in lines that start under its first
// character, or, when that leaves fewer than k_summary_value_min columns, under the label indented
// by 4. Words are not broken (a word wider than its line stands alone on it).
constexpr std::size_t k_summary_value_min = 16;
std::vector<std::string> summary_row_lines(const SummaryRow& row, std::size_t label_width, std::size_t columns);

// The summary screen's title line, the longest of its wordings that fits in `columns` (the last,
// "summary", cut only when even that does not fit).
std::string summary_title(std::size_t columns);

// The current verdict, or, when it leads by nothing (options not ruled out on the same points, as
// all are at 0 before any answer scores), the tied options: "rag, fine-tune and hybrid tied"
// (readers24: `leaning: rag (rag 0, fine-tune 0, hybrid 0)` read as a lean where there was none;
// the tie order alone picked rag).
std::string leaning_name(const Outcome& leaning);

// "leaning: hybrid (rag 0.5, fine-tune 14 blocked, hybrid 13)": the current verdict (leaning_name) and each
// option's score, an option that a hard limit rules out marked `blocked` (else a higher score that
// does not lead reads as a mistake). When that is wider than `columns`, a blocked option's score is
// left out ("fine-tune blocked"). Empty when nothing is known yet.
std::string leaning_text(const Screen& screen, std::size_t columns);

} // namespace ragft
