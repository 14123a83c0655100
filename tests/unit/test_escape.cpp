// Escaping of input values per output syntax (base/escape.hpp). Expected texts follow each
// syntax's rule: C escapes for a terminal, RFC 4180 and OWASP's formula rule for CSV, CommonMark's
// backslash escapes and HTML entities for Markdown, GitHub's workflow-command escaping.

#include <catch2/catch.hpp>

#include <ragft/base/escape.hpp>

using namespace ragft;

TEST_CASE("escape_text shows control characters as escapes and keeps the rest") {
  CHECK(escape_text("plain text, ünïcode ✓") == "plain text, ünïcode ✓");
  CHECK(escape_text("a\nb\rc\td") == "a\\nb\\rc\\td");
  CHECK(escape_text("\x1b]0;title\x07") == "\\x1b]0;title\\x07");
  CHECK(escape_text(std::string("nul\0x", 5)) == "nul\\x00x");
  CHECK(escape_text("del\x7f") == "del\\x7f");
  CHECK(escape_text("c1 \xc2\x9b"
                    "31m") == "c1 \\u009b31m"); // CSI as a C1 control
  CHECK(escape_text("rlo \xe2\x80\xae"
                    "cod") == "rlo \\u202ecod"); // right-to-left override
  CHECK(escape_text("ls \xe2\x80\xa8"
                    "x") == "ls \\u2028x");               // line separator
  CHECK(escape_text("bad \xff\xc3") == "bad \\xff\\xc3"); // not UTF-8
}

TEST_CASE("csv_cell neutralises formulas in text cells and quotes what needs it") {
  CHECK(csv_cell("Acme") == "Acme");
  CHECK(csv_cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(csv_cell("+1") == "'+1");
  CHECK(csv_cell("-5") == "'-5");
  CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_cell("a,b") == "\"a,b\"");
  CHECK(csv_cell("line\nbreak") == "line\\nbreak");
  CHECK(csv_cell("\tx") == "\\tx");
  CHECK(csv_cell("") == "");
}

TEST_CASE("markdown_text shows HTML, comments and table pipes as text") {
  CHECK(markdown_text("<!-- c --> <img src=x>") == "&lt;!-- c --&gt; &lt;img src=x&gt;");
  CHECK(markdown_text("a | b & c") == "a \\| b & c"); // a lone & is text in Markdown (CommonMark 6.6)
  CHECK(markdown_text("document Q&A, R&D") == "document Q&A, R&D");
  CHECK(markdown_text("&amp; &#60; &#x3C;") == "&amp;amp; &amp;#60; &amp;#x3C;"); // would show as & < <
  CHECK(markdown_text("under <500 ms, < 1 s") == "under <500 ms, < 1 s");
  CHECK(markdown_text("</b> <?x <!x <http://a>") == "&lt;/b&gt; &lt;?x &lt;!x &lt;http://a&gt;");
  CHECK(markdown_text("a\\|b `c`") == "a\\\\\\|b `c`"); // a backslash cannot un-escape the pipe
  CHECK(markdown_text("two\nlines") == "two\\\\nlines");
  CHECK(markdown_code("a|b.yaml") == "`a\\|b.yaml`");
  CHECK(markdown_code("a`b") == "a`b");
}

TEST_CASE("markdown_literal shows a name as it is written, no Markdown in it") {
  // CommonMark: * and ` open emphasis and code anywhere; _ only at a word's edge; [ ] a link; ~ a
  // strikethrough (GitHub); < HTML or an autolink; | a table cell; & a character reference.
  CHECK(markdown_literal("my_app*beta*") == "my_app\\*beta\\*");
  CHECK(markdown_literal("_beta_ bot") == "\\_beta\\_ bot");
  CHECK(markdown_literal("snake_case_name") == "snake_case_name");
  CHECK(markdown_literal("[draft] <x> a|b") == "\\[draft\\] \\<x> a\\|b");
  CHECK(markdown_literal("`x` ~~y~~") == "\\`x\\` \\~\\~y\\~\\~");
  CHECK(markdown_literal("Q&A &amp; R&D") == "Q&A \\&amp; R&D");
  CHECK(markdown_literal("a\\b") == "a\\\\b");
  CHECK(markdown_literal("Acme support assistant (v2), 50% of #1") == "Acme support assistant (v2), 50% of #1");
}

TEST_CASE("github escaping follows the workflow-command rules") {
  CHECK(github_data("100% done\r\n::error::x") == "100%25 done%0D%0A::error::x");
  CHECK(github_property("a:b,c\nd") == "a%3Ab%2Cc%0Ad");
  CHECK(github_data("esc\x1b[31m") == "esc\\x1b[31m");
}

TEST_CASE("xml_text escapes markup and line breaks") {
  CHECK(xml_text("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  CHECK(xml_text("a\nb\tc\x01") == "a&#10;b&#9;c ");
}
