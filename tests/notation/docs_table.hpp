// Reads the "Every form, with its canonical output" table of docs/notation.md
// (path: SINEW_NOTATION_DOC, set by CMake): per row the form's name, the
// written texts, and the canonical text (empty for "same": each written text is
// its own canonical form). `\n` in a code span stands for a line break.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef SINEW_NOTATION_DOC
#error "SINEW_NOTATION_DOC must name docs/notation.md"
#endif

namespace sinew_test {

struct table_row {
  int line = 0;
  std::string form;
  std::vector<std::string> written;
  std::string canonical;  ///< empty: "same"
};

inline std::vector<std::string> code_spans(std::string_view cell) {
  std::vector<std::string> spans;
  for (std::size_t i = cell.find('`'); i != std::string_view::npos; i = cell.find('`', i)) {
    const std::size_t close = cell.find('`', i + 1);
    REQUIRE_MESSAGE(close != std::string_view::npos, "unclosed ` in: ", std::string(cell));
    std::string text(cell.substr(i + 1, close - i - 1));
    // "\n" in the document stands for a line break
    for (std::size_t n = text.find("\\n"); n != std::string::npos; n = text.find("\\n", n)) text.replace(n, 2, "\n");
    spans.push_back(text);
    i = close + 1;
  }
  return spans;
}

inline std::string trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

/// The rows of the table, in order.
inline std::vector<table_row> read_docs_table() {
  std::ifstream in(SINEW_NOTATION_DOC);
  REQUIRE_MESSAGE(in.good(), "cannot read ", SINEW_NOTATION_DOC);
  std::vector<table_row> rows;
  std::string line;
  int number = 0;
  bool in_section = false, in_table = false;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("## ", 0) == 0) {
      in_section = line == "## Every form, with its canonical output";
      continue;
    }
    if (!in_section) continue;
    if (line.rfind("|", 0) != 0) {
      if (in_table) break;  // the table has ended
      continue;
    }
    in_table = true;
    std::vector<std::string> cells;
    std::size_t from = 1;
    // split on '|' outside code spans
    bool code = false;
    for (std::size_t i = 1; i < line.size(); ++i) {
      if (line[i] == '`') code = !code;
      if (line[i] == '|' && !code) {
        cells.push_back(line.substr(from, i - from));
        from = i + 1;
      }
    }
    REQUIRE_MESSAGE(cells.size() == 3, "docs/notation.md line ", number, " has ", cells.size(), " cells");
    if (trim(cells[0]) == "form" || cells[0].find("---") != std::string::npos) continue;
    table_row row;
    row.line = number;
    row.form = trim(cells[0]);
    row.written = code_spans(cells[1]);
    if (trim(cells[2]) != "same") {
      const auto canonical = code_spans(cells[2]);
      REQUIRE_MESSAGE(canonical.size() == 1, "docs/notation.md line ", number, ": one canonical text, or 'same'");
      row.canonical = canonical[0];
    }
    REQUIRE_MESSAGE(!row.written.empty(), "docs/notation.md line ", number, ": no written form");
    rows.push_back(row);
  }
  return rows;
}

}  // namespace sinew_test
