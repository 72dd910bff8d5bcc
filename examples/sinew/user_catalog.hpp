// A user's exercises for the commands that read programs or generate them
// (check, bodymap, export program, format, plan): `--exercises FILE` adds the
// file's exercises to the built-in catalog (their ids follow the built-in ones,
// and every built-in name still reads); `--catalog FILE` makes the file the
// whole catalog. The file holds one exercise a line in the text
// sinew::parse_exercise reads (docs/programs.md, "Your own exercises": `name: cable pull-through;
// loads: hip_extension; equipment: cable; pattern: hinge`); blank lines and
// lines starting with '#' are skipped. A line that does not read is refused
// with the file's line and column, a caret under the place and the message; so
// is an id given twice, and, with --exercises, an id or name that already names a
// built-in exercise (its id, its name or an alias, case and separators ignored).
#pragma once

#include <cstddef>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <sinew/exercises.hpp>
#include <sinew/programs/exercise_names.hpp>

#include "cli_support.hpp"
#include "commands.hpp"

namespace sinew_cli {

/// The catalog a command works with: the built-in one unless a file was given.
/// The records view `text`: keep the object where it is (it is held by pointer).
struct user_catalog {
  std::string path;  ///< the file, for messages
  std::string text;
  std::vector<sinew::exercise_record> records;
  bool given = false;

  [[nodiscard]] sinew::span<const sinew::exercise_record> catalog() const {
    if (!given) return sinew::builtin_catalog();
    return {records.data(), records.size()};
  }
};

/// Whether `arg` is --exercises or --catalog (the options this header reads).
inline bool is_catalog_option(std::string_view arg) { return arg == "--exercises" || arg == "--catalog"; }

/// `name` as a program file compares names: ASCII letters in lower case and digits (and
/// every byte past ASCII), the rest (spaces, '-', '_', punctuation) left out.
inline std::string loose_key(std::string_view name) {
  std::string key;
  for (char ch : name) {
    const auto u = static_cast<unsigned char>(ch);
    if (u >= 0x80 || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z')) key.push_back(ch);
    else if (ch >= 'A' && ch <= 'Z') key.push_back(static_cast<char>(ch - 'A' + 'a'));
  }
  return key;
}

/// Reads the value of a[i] (--exercises FILE or --catalog FILE) into `c`; false
/// after saying why on `err`.
inline bool read_catalog_option(args a, std::size_t& i, std::ostream& err, user_catalog& c) {
  const std::string_view option = a[i];
  if (c.given) {
    err << "sinew: " << option << ": give --exercises or --catalog once (one file of exercises)\n";
    return false;
  }
  if (i + 1 >= a.size()) {
    err << "sinew: " << option << " needs a file of exercises, one a line (docs/programs.md, \"Your own exercises\")\n";
    return false;
  }
  const std::string_view path = a[++i];
  const bool extend = option == "--exercises";
  std::string why;
  if (!read_whole_file(path, c.text, why)) {
    err << "sinew: " << option << ": " << unreadable("the file of exercises", path, why) << '\n';
    return false;
  }
  c.path = std::string(path);
  const std::string& text = c.text;
  if (const std::size_t bad = first_unprintable(text, why); bad != text.size()) {
    show_text_error(err, why + " (in " + std::string(shown(path)) + ")", text, bad);
    return false;
  }
  if (extend) {
    const auto builtin = sinew::builtin_catalog();
    c.records.assign(builtin.begin(), builtin.end());
  }
  const std::size_t first_own = c.records.size();
  const auto refuse = [&](const std::string& message, std::size_t at) {
    show_text_error(err, "sinew: " + std::string(option) + " " + std::string(shown(path)) + ": " + message, text, at);
    return false;
  };
  // the keys a program file reads names by (case and separators ignored): the built-in
  // exercises' ids and names when the file extends them, the ids read so far
  std::unordered_map<std::string, sinew::text_view> builtin;
  if (extend)
    for (const auto& b : sinew::builtin_catalog()) {
      builtin.emplace(loose_key(std::string_view(b.id.data(), b.id.size())), b.id);
      builtin.emplace(loose_key(std::string_view(b.name.data(), b.name.size())), b.id);
    }
  std::unordered_map<std::string, std::string> ids;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::size_t first = begin;
    while (first < end && (text[first] == ' ' || text[first] == '\t' || text[first] == '\r')) ++first;
    std::size_t last = end;
    while (last > first && (text[last - 1] == ' ' || text[last - 1] == '\t' || text[last - 1] == '\r')) --last;
    if (first != last && text[first] != '#') {
      const sinew::text_view line{text.data() + first, last - first};
      const auto r = sinew::parse_exercise(line);
      if (!r) {
        std::string message(r.error().message.data(), r.error().message.size());
        if (message.starts_with("sinew: ")) message.erase(0, 7);
        return refuse(message, first + r.error().position);
      }
      // A program file reads a name by id, then by name, with case and separators ignored, and
      // the user's exercises first: an id read as another's, or a name that already names a
      // built-in exercise, would make that exercise unreadable, and `plan`'s output would no
      // longer read back as written.
      const std::string id(r->id.data(), r->id.size()), name(r->name.data(), r->name.size());
      if (const auto own = ids.find(loose_key(id)); own != ids.end())
        return refuse("the id '" + id + "' is given twice (as '" + own->second + "'): ids are unique", first);
      for (const std::string* said : {&name, &id}) {  // an id left out is the name: said once
        if (said->empty() || (said == &id && id == name)) continue;
        const std::string what = said == &id ? "id" : "name";
        const auto b = builtin.find(loose_key(*said));
        const auto m = sinew::match_exercise_name(sinew::text_view{said->data(), said->size()});
        if (extend && (b != builtin.end() || (m.found() && m.confidence == 100))) {
          const sinew::text_view other = b != builtin.end() ? b->second : sinew::builtin_catalog()[m.exercise.index].id;
          return refuse("the " + what + " '" + *said + "' already names the built-in exercise " +
                            std::string(other.data(), other.size()) + ": give yours another " + what,
                        first);
        }
      }
      ids.emplace(loose_key(id), id);
      if (c.records.size() == 0xFFFFU) return refuse("a catalog holds 65,535 exercises at most", first);
      c.records.push_back(*r);
    }
    begin = end + 1;
  }
  if (c.records.size() == first_own)
    return refuse("the file holds no exercise (one a line; '#' starts a comment)", text.size());
  c.given = true;
  return true;
}

}  // namespace sinew_cli
