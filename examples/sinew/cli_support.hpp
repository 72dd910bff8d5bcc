// Helpers shared by the `sinew` tool's commands: matching names the way a user
// types them, suggesting the closest valid names, and writing JSON strings.
#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <sinew/notation/json.hpp>

namespace sinew_cli {

/// "Vastus Medialis", "vastus-medialis" and "vastus_medialis" all become "vastus_medialis".
inline std::string normalize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' || c == '-' || c == '_') {
      if (!out.empty() && out.back() != '_') out.push_back('_');
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

/// Up to `count` candidates closest to `typed`: substring matches first, then by edit distance.
inline std::vector<std::string_view> closest(std::string_view typed, const std::vector<std::string_view>& candidates,
                                             std::size_t count = 3) {
  const std::string key = normalize(typed);
  std::vector<std::pair<std::size_t, std::string_view>> scored;
  for (auto c : candidates) {
    const bool contains = !key.empty() && c.find(key) != std::string_view::npos;
    scored.emplace_back(contains ? 0 : 1 + edit_distance(key, c), c);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string_view> out;
  for (const auto& s : scored) {
    if (out.size() == count) break;
    out.push_back(s.second);
  }
  return out;
}

/// "sinew: unknown muscle 'bicep'. Closest: a, b, c. Valid: ..." on `err`.
inline void report_unknown(std::ostream& err, std::string_view what, std::string_view typed,
                           const std::vector<std::string_view>& valid) {
  err << "sinew: unknown " << what << " '" << typed << "'.";
  const auto near = closest(typed, valid);
  if (!near.empty()) {
    err << " Did you mean: ";
    for (std::size_t i = 0; i != near.size(); ++i) err << (i ? ", " : "") << near[i];
    err << '?';
  }
  err << "\nValid " << what << "s:";
  for (auto v : valid) err << ' ' << v;
  err << '\n';
}

/// Writes `s` as a JSON string literal, with the library's escaping.
inline void json_string(std::ostream& out, std::string_view s) {
  std::string quoted;
  sinew::json::append_quoted(quoted, s);
  out << quoted;
}

/// A JSON number, or null when the value is unknown (negative).
inline void json_number_or_null(std::ostream& out, double value) {
  if (value < 0.0)
    out << "null";
  else
    out << value;
}

}  // namespace sinew_cli
