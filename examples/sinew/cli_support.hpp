// Helpers shared by the `sinew` tool's commands: matching names the way a user
// types them, suggesting the closest valid names, showing user text safely in
// messages (no raw control bytes, no ill-formed UTF-8 reaches a terminal), the
// line and column of a byte in multi-line text, and reading options.
#pragma once

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <sinew/json_text.hpp>
#include <sinew/notation/text.hpp>

#include "commands.hpp"

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

// --- user text in messages -------------------------------------------------------

/// One character of user text as a message shows it: well-formed printable UTF-8
/// as it is; a backslash as "\\"; control characters (C0, DEL, C1) and bytes that
/// are not UTF-8 as "\xNN" (so an ESC sequence cannot reach the terminal). Tabs
/// are kept when `keep_tabs` (the parse error echo mirrors them in the caret line).
struct shown_char {
  std::size_t bytes = 1;  // how many input bytes it consumes
  std::string text;       // what is printed
  std::size_t columns = 1;
};

inline shown_char show_char(std::string_view s, std::size_t i, bool keep_tabs) {
  constexpr char hex[] = "0123456789abcdef";
  const auto hex_of = [&](unsigned char b) { return std::string{'\\', 'x', hex[b >> 4], hex[b & 0xFU]}; };
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t n = sinew::json::utf8_sequence_length(s, i);
  if (n == 0) return {1, hex_of(b), 4};
  if (n == 2 && b == 0xC2U && static_cast<unsigned char>(s[i + 1]) < 0xA0U) {  // a C1 control
    const std::string t = hex_of(b) + hex_of(static_cast<unsigned char>(s[i + 1]));
    return {2, t, t.size()};
  }
  if (n > 1) return {n, std::string(s.substr(i, n)), 1};
  if (b == '\t' && keep_tabs) return {1, "\t", 1};
  if (b == '\\') return {1, "\\\\", 2};
  if (b < 0x20U || b == 0x7FU) return {1, hex_of(b), 4};
  return {1, std::string(1, static_cast<char>(b)), 1};
}

/// User text made safe to print in a one-line message.
inline std::string shown(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const shown_char c = show_char(s, i, false);
    out += c.text;
    i += c.bytes;
  }
  return out;
}

/// The first byte of `text` that plain notation text may not hold: a byte that is
/// not well-formed UTF-8, or a control character other than tab, line feed and
/// carriage return. `text.size()` when there is none; `why` says which it is.
inline std::size_t first_unprintable(std::string_view text, std::string& why) {
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t n = sinew::json::utf8_sequence_length(text, i);
    if (n == 0) {
      why = "sinew: the text is not valid UTF-8 (byte " + show_char(text, i, false).text +
            "); write it in UTF-8";
      return i;
    }
    const bool c1 = n == 2 && b == 0xC2U && static_cast<unsigned char>(text[i + 1]) < 0xA0U;
    const bool c0 = n == 1 && (b < 0x20U || b == 0x7FU) && b != '\t' && b != '\n' && b != '\r';
    if (c0 || c1) {
      why = "sinew: the text holds a control character (" + show_char(text, i, false).text +
            "); notation is plain text";
      return i;
    }
    i += n;
  }
  return text.size();
}

/// Where byte `position` of a multi-line text is: the library's sinew::locate
/// (1-based line, and column in UTF-8 characters).
struct text_place {
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t line_begin = 0;  // byte offsets of the line, without its line break
  std::size_t line_end = 0;
};

inline text_place place_of(std::string_view text, std::size_t position) {
  const sinew::text_position p = sinew::locate(sinew::text_view{text.data(), text.size()}, position);
  return {p.line, p.column, p.line_start, p.line_end};
}

/// The message, then the offending line of `text` (escaped) with a caret under
/// byte `position` and its "line L, column C".
inline void show_text_error(std::ostream& err, std::string_view message, std::string_view text,
                            std::size_t position) {
  if (position > text.size()) position = text.size();
  const text_place p = place_of(text, position);
  err << message << "\n  line " << p.line << ", column " << p.column << " (byte " << position << "):\n    ";
  std::string caret = "    ";
  for (std::size_t i = p.line_begin; i < p.line_end;) {
    const shown_char c = show_char(text, i, true);
    err << c.text;
    if (i < position) caret += c.text == "\t" ? std::string("\t") : std::string(c.columns, ' ');
    i += c.bytes;
  }
  err << '\n' << caret << "^\n";
}

// --- names -------------------------------------------------------------------------

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

/// "sinew: unknown muscle 'bicep'. Did you mean: a, b, c?" on `err` ("an empty muscle
/// name ''." without candidates when `typed` is blank), then either
/// every valid name (short vocabularies) or `instead` (a hint where to find them).
/// With `option`, the message names it first: "sinew: --goal: unknown goal ...".
inline void report_unknown(std::ostream& err, std::string_view what, std::string_view typed,
                           const std::vector<std::string_view>& valid, std::string_view instead = {},
                           std::string_view option = {}) {
  err << "sinew: ";
  if (!option.empty()) err << option << ": ";
  // an empty or blank name: no name is close to nothing, so none is offered
  const bool blank = normalize(typed).empty();
  err << (blank ? "an empty " : "unknown ") << what << (blank ? " name" : "") << " '" << shown(typed) << "'.";
  const auto near = blank ? std::vector<std::string_view>{} : closest(typed, valid);
  if (!near.empty()) {
    err << " Did you mean: ";
    for (std::size_t i = 0; i != near.size(); ++i) err << (i ? ", " : "") << near[i];
    err << '?';
  }
  if (!instead.empty()) {
    err << '\n' << instead << '\n';
    return;
  }
  err << "\nValid " << what << "s:";
  for (auto v : valid) err << ' ' << v;
  err << '\n';
}

// --- options -------------------------------------------------------------------------

/// Every option some command takes, so that a command can tell "not mine" from "no such option".
inline const std::vector<std::string_view>& every_option() {
  static const std::vector<std::string_view> all = {
      "--action",      "--muscle",   "--group",     "--joint",     "--equipment", "--pattern", "--no-spinal-load",
      "--unilateral", "--bilateral", "--compound", "--isolation", "--stretched", "--prime",   "--json",
      "--kind",        "--goal",     "--level",     "--condition", "--output",  "--days",    "--weekdays",
      "--minutes",     "--weeks",    "--priority",  "--exclude",   "--require", "--seed"};
  return all;
}

/// An option this command does not take: "does not take" when another command
/// takes it, else "unknown option" with the command's own options as choices.
/// Always exit_usage.
inline int reject_option(std::ostream& err, std::string_view command, std::string_view opt,
                         const std::vector<std::string_view>& own, std::string_view why_not = {}) {
  if (std::find(every_option().begin(), every_option().end(), opt) != every_option().end()) {
    err << "sinew: " << command << " does not take " << opt;
    if (!why_not.empty()) err << " (" << why_not << ')';
    err << ".";
    if (own.empty()) {
      err << " It takes no options.\n";
    } else {
      err << " Its options:";
      for (auto o : own) err << ' ' << o;
      err << '\n';
    }
    return exit_usage;
  }
  if (own.empty()) {
    err << "sinew: " << command << " takes no options (got '" << shown(opt) << "').\n";
    return exit_usage;
  }
  report_unknown(err, "option", opt, own);
  return exit_usage;
}

/// The whole of the file at `path` into `text`; false when it cannot be read, with
/// `why` saying so when the reason is known ("a directory"). A directory opens as a
/// stream that reads nothing, which would pass for an empty file: it is refused first.
inline bool read_whole_file(std::string_view path, std::string& text, std::string& why) {
  std::error_code ec;
  if (std::filesystem::is_directory(std::filesystem::path(path), ec)) {
    why = "a directory";
    return false;
  }
  std::ifstream in{std::string(path), std::ios::binary};
  if (!in) return false;
  std::ostringstream all;
  all << in.rdbuf();
  if (in.bad()) return false;
  text = std::move(all).str();
  return true;
}

/// "cannot read ... 'path'", with the reason when one is known.
inline std::string unreadable(std::string_view what, std::string_view path, const std::string& why) {
  std::string m = "cannot read " + std::string(what) + " '" + shown(path) + "'";
  if (!why.empty()) m += " (" + why + ")";
  return m;
}

/// The options of one value that a command has read (--days, --goal, --minutes...).
/// A second one is refused: its value would silently replace the first. Flags
/// (--json) and lists (--equipment, --condition, --priority) may be repeated.
class single_valued {
 public:
  /// True the first time `opt` is read; then false, after saying why on `err`.
  bool first(std::string_view opt, std::string_view value, std::ostream& err) {
    for (const auto& [o, v] : seen_)
      if (o == opt) {
        err << "sinew: " << opt << " is given twice ('" << shown(v) << "', then '" << shown(value)
            << "'): give it once\n";
        return false;
      }
    seen_.emplace_back(opt, value);
    return true;
  }

 private:
  std::vector<std::pair<std::string_view, std::string_view>> seen_;
};

/// The value after option `a[i]`, advancing `i`; false (after saying why) when
/// there is none or the next word is another option.
inline bool option_value(args a, std::size_t& i, std::ostream& err, std::string_view& v) {
  const std::string_view opt = a[i];
  if (i + 1 >= a.size() || a[i + 1].starts_with("--")) {
    err << "sinew: " << opt << " needs a value";
    if (i + 1 < a.size()) err << " (got the option " << shown(a[i + 1]) << ')';
    err << '\n';
    return false;
  }
  v = a[++i];
  return true;
}

// --- JSON ------------------------------------------------------------------------------

/// Writes `s` as a JSON string literal, with the library's escaping.
inline void json_string(std::ostream& out, std::string_view s) {
  std::string quoted;
  (void)sinew::json::append_quoted(quoted, s);  // catalog text: always well-formed UTF-8
  out << quoted;
}

}  // namespace sinew_cli
