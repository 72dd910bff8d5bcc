// Program files (docs/programs.md): `sinew format FILE` writes a program file
// back in its canonical form. read_program_file is the one way the tool reads a
// program file: FILE or '-' for standard input; text that is not UTF-8, holds
// control characters or does not read as a program is reported with its
// message, "line L, column C", the line with a caret under the place and, for
// an exercise name, the closest exercises; exit code 2.
//
// `sinew check FILE` analyses the program (docs/programs.md, "The tool"): the
// findings by severity and the weekly volume tables; exit 0 when no finding is
// an error, 1 when one is, 2 when the file or an option does not read.
// `sinew bodymap FILE [-o OUT]` draws the weekly sets on the legs as SVG, to OUT
// or, without -o (or with -o -), to standard output.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <sinew/generation/request_text.hpp>
#include <sinew/programs.hpp>
#include <sinew/programs/bodymap.hpp>
#include <sinew/programs/json.hpp>
#include <sinew/programs/report.hpp>

#include "cli_support.hpp"
#include "commands.hpp"
#include "user_catalog.hpp"

namespace sinew_cli {

std::unique_ptr<program_file> read_program_file(std::string_view path, streams io,
                                                sinew::span<const sinew::exercise_record> catalog) {
  auto file = std::make_unique<program_file>();
  if (path == "-") {
    file->text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    file->name = "standard input";
  } else {
    std::string why;
    if (!read_whole_file(path, file->text, why)) {
      io.err << "sinew: " << unreadable("the program file", path, why) << '\n';
      return nullptr;
    }
    file->name = std::string(path);
  }
  const std::string& text = file->text;
  std::string why;
  if (const std::size_t bad = first_unprintable(text, why); bad != text.size()) {
    show_text_error(io.err, why, text, bad);
    return nullptr;
  }
  const auto read = sinew::parse_program(sinew::text_view{text.data(), text.size()}, catalog);
  if (!read) {
    const sinew::program_text_error& e = read.error();
    show_text_error(io.err, std::string(e.message), text, e.position);
    if (e.candidate_count != 0) {
      io.err << (e.message.find("equally") != std::string_view::npos ? "It fits: " : "Did you mean: ");
      for (std::size_t i = 0; i != e.candidate_count; ++i)
        io.err << (i != 0 ? ", " : "") << catalog[e.candidates[i].index].id;
      io.err << (e.message.find("equally") != std::string_view::npos ? ".\n" : "?\n");
    }
    return nullptr;
  }
  file->program = *read;
  return file;
}

int run_format(args a, streams io) {
  std::string_view path;
  bool have_path = false;
  const auto user = std::make_unique<user_catalog>();
  for (std::size_t i = 0; i != a.size(); ++i) {
    const std::string_view arg = a[i];
    if (is_catalog_option(arg)) {
      if (!read_catalog_option(a, i, io.err, *user)) return exit_usage;
      continue;
    }
    if (arg.starts_with("--")) return reject_option(io.err, "format", arg, {"--exercises", "--catalog"});
    if (have_path) {
      io.err << "sinew: format reads one program file at a time: sinew format FILE (or - for standard input)\n";
      return exit_usage;
    }
    path = arg;
    have_path = true;
  }
  if (!have_path) {
    io.err << "sinew: usage: sinew format FILE [--exercises FILE | --catalog FILE] (FILE - reads standard input)\n";
    return exit_usage;
  }
  const auto file = read_program_file(path, io, user->catalog());
  if (!file) return exit_usage;
  auto sink = [&](sinew::text_view t) { io.out.write(t.data(), static_cast<std::streamsize>(t.size())); };
  sinew::format_program(sink, file->program, user->catalog());
  return exit_ok;
}

namespace {

template <class Enum>
std::vector<std::string_view> choices() {
  std::vector<std::string_view> out;
  for (auto w : sinew::words_of<Enum>()) out.emplace_back(w.data(), w.size());
  return out;
}

/// The value of `option` read as a word of Enum; on failure says which option,
/// what was typed, the closest words and every valid word.
template <class Enum>
bool option_word(std::string_view option, std::string_view typed, std::string_view what, std::ostream& err, Enum& out) {
  const auto r = sinew::parse_word<Enum>(sinew::text_view{typed.data(), typed.size()});
  if (r) {
    out = *r;
    return true;
  }
  report_unknown(err, what, typed, choices<Enum>(), {}, option);
  return false;
}

}  // namespace

bool read_analysis_option(args a, std::size_t& i, std::ostream& err, sinew::analysis_options& o, bool& taken,
                          single_valued& once) {
  const std::string_view opt = a[i];
  taken = opt == "--goal" || opt == "--level" || opt == "--condition";
  if (!taken) return true;
  std::string_view v;
  if (!option_value(a, i, err, v)) return false;
  if (opt != "--condition" && !once.first(opt, v, err)) return false;
  if (opt == "--goal") return option_word(opt, v, "goal", err, o.goal);
  if (opt == "--level") return option_word(opt, v, "level", err, o.level);
  // --condition C[,C..]; repeating the option adds to the set.
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = v.find(',', start);
    const std::string_view item = v.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    if (item.empty()) {
      err << "sinew: --condition has an empty item in '" << shown(v) << "' (a comma-separated list)\n";
      return false;
    }
    sinew::condition c{};
    if (!option_word(opt, item, "condition", err, c)) return false;
    o.conditions.insert(c);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return true;
}

namespace {

/// What check, bodymap and export program read: one FILE, the analysis options
/// and, for bodymap, -o OUT.
struct program_command {
  std::string_view path;
  bool have_path = false;
  bool json = false;
  std::string_view output;
  bool have_output = false;
  sinew::analysis_options options{};
  user_catalog user;  ///< --exercises FILE or --catalog FILE; held in place (its records view its text)
};

bool read_program_command(std::string_view name, args a, streams io, bool takes_json, bool takes_output,
                          program_command& c) {
  std::vector<std::string_view> own = {"--goal", "--level", "--condition", "--minutes", "--exercises", "--catalog"};
  if (takes_json) own.push_back("--json");
  if (takes_output) own.push_back("--output");
  single_valued once;
  for (std::size_t i = 0; i != a.size(); ++i) {
    const std::string_view arg = a[i];
    bool taken = false;
    if (!read_analysis_option(a, i, io.err, c.options, taken, once)) return false;
    if (taken) continue;
    if (is_catalog_option(arg)) {
      if (!read_catalog_option(a, i, io.err, c.user)) return false;
      continue;
    }
    if (arg == "--minutes") {  // the longest a session's main work should take, as plan's --minutes
      std::string_view v;
      if (!option_value(a, i, io.err, v) || !once.first(arg, v, io.err)) return false;
      const auto n = sinew::parse_whole_number(sinew::text_view{v.data(), v.size()}, 240);
      if (!n || *n < 10) {
        io.err << "sinew: --minutes: a session's main work takes 10 to 240 minutes (got '" << shown(v) << "')\n";
        return false;
      }
      c.options.target_minutes_max = static_cast<std::uint32_t>(*n);
      if (c.options.target_minutes_min > c.options.target_minutes_max) c.options.target_minutes_min = c.options.target_minutes_max;
      continue;
    }
    if (takes_json && arg == "--json") {
      c.json = true;
    } else if (takes_output && (arg == "-o" || arg == "--output")) {
      if (c.have_output) {
        io.err << "sinew: " << name << " writes one file: give -o once\n";
        return false;
      }
      if (i + 1 >= a.size()) {
        io.err << "sinew: " << arg << " needs a file name (- for standard output)\n";
        return false;
      }
      c.output = a[++i];
      c.have_output = true;
    } else if (arg.starts_with("-") && arg != "-") {
      reject_option(io.err, name, arg, own);
      return false;
    } else if (c.have_path) {
      io.err << "sinew: " << name << " reads one program file at a time (got '" << shown(c.path) << "', then '"
             << shown(arg) << "')\n";
      return false;
    } else {
      c.path = arg;
      c.have_path = true;
    }
  }
  if (!c.have_path) {
    io.err << "sinew: usage: sinew " << name << " FILE [--goal G] [--level L] [--condition C[,C..]] [--minutes M]"
           << " [--exercises FILE | --catalog FILE]"
           << (takes_json ? " [--json]" : "") << (takes_output ? " [-o OUT.svg]" : "") << " (FILE - reads standard input)\n";
    return false;
  }
  return true;
}

using analysis = sinew::program_analysis<sinew::builtin_model, sinew::program::limits>;

std::unique_ptr<analysis> analysed(const program_file& f, const program_command& c) {
  auto a = std::make_unique<analysis>();
  *a = sinew::analyse(f.program, c.options, c.user.catalog());
  return a;
}

struct stream_sink {
  std::ostream& out;
  void operator()(sinew::text_view t) const { out.write(t.data(), static_cast<std::streamsize>(t.size())); }
};

}  // namespace

int run_check(args a, streams io) {
  program_command c;
  if (!read_program_command("check", a, io, true, false, c)) return exit_usage;
  const auto file = read_program_file(c.path, io, c.user.catalog());
  if (!file) return exit_usage;
  const auto an = analysed(*file, c);
  if (c.json) {
    io.out << sinew::json::to_json(file->program, *an, c.user.catalog()) << '\n';
  } else {
    sinew::write_report(*an, stream_sink{io.out});
  }
  return an->passes() ? exit_ok : exit_findings;
}

int run_bodymap(args a, streams io) {
  program_command c;
  if (!read_program_command("bodymap", a, io, false, true, c)) return exit_usage;
  const auto file = read_program_file(c.path, io, c.user.catalog());
  if (!file) return exit_usage;
  const auto an = analysed(*file, c);
  const sinew::text_view title = file->program.name;
  if (!c.have_output || c.output == "-") {
    sinew::write_bodymap(*an, stream_sink{io.out}, title);
  } else {
    std::ofstream out{std::string(c.output), std::ios::binary};
    if (out) sinew::write_bodymap(*an, stream_sink{out}, title);
    out.flush();
    if (!out) {
      io.err << "sinew: cannot write the body map to '" << shown(c.output) << "'\n";
      return exit_internal;
    }
  }
  return an->passes() ? exit_ok : exit_findings;
}

int run_export_program(args a, streams io) {
  program_command c;
  if (!read_program_command("export program", a, io, false, false, c)) return exit_usage;
  const auto file = read_program_file(c.path, io, c.user.catalog());
  if (!file) return exit_usage;
  const auto an = analysed(*file, c);
  io.out << sinew::json::to_json(file->program, *an, c.user.catalog()) << '\n';
  return exit_ok;
}

}  // namespace sinew_cli
