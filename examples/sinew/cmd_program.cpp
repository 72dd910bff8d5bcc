// Program files (docs/programs.md): `sinew format FILE` writes a program file
// back in its canonical form. read_program_file is the one way the tool reads a
// program file: FILE or '-' for standard input; text that is not UTF-8, holds
// control characters or does not read as a program is reported with its
// message, "line L, column C", the line with a caret under the place and, for
// an exercise name, the closest exercises; exit code 2.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include <sinew/programs.hpp>

#include "cli_support.hpp"
#include "commands.hpp"

namespace sinew_cli {

std::unique_ptr<program_file> read_program_file(std::string_view path, streams io) {
  auto file = std::make_unique<program_file>();
  if (path == "-") {
    file->text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    file->name = "standard input";
  } else {
    std::ifstream in{std::string(path), std::ios::binary};
    std::stringstream all;
    if (in) all << in.rdbuf();
    if (!in || in.bad()) {
      io.err << "sinew: cannot read the program file '" << shown(path) << "'\n";
      return nullptr;
    }
    file->text = all.str();
    file->name = std::string(path);
  }
  const std::string& text = file->text;
  std::string why;
  if (const std::size_t bad = first_unprintable(text, why); bad != text.size()) {
    show_text_error(io.err, why, text, bad);
    return nullptr;
  }
  const auto read = sinew::parse_program(sinew::text_view{text.data(), text.size()});
  if (!read) {
    const sinew::program_text_error& e = read.error();
    show_text_error(io.err, std::string(e.message), text, e.position);
    if (e.candidate_count != 0) {
      io.err << (e.message.find("equally") != std::string_view::npos ? "It fits: " : "Did you mean: ");
      for (std::size_t i = 0; i != e.candidate_count; ++i)
        io.err << (i != 0 ? ", " : "") << sinew::builtin_catalog()[e.candidates[i].index].id;
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
  for (auto arg : a) {
    if (arg.starts_with("--")) return reject_option(io.err, "format", arg, {});
    if (have_path) {
      io.err << "sinew: format reads one program file at a time: sinew format FILE (or - for standard input)\n";
      return exit_usage;
    }
    path = arg;
    have_path = true;
  }
  if (!have_path) {
    io.err << "sinew: usage: sinew format FILE (or - for standard input)\n";
    return exit_usage;
  }
  const auto file = read_program_file(path, io);
  if (!file) return exit_usage;
  auto sink = [&](sinew::text_view t) { io.out.write(t.data(), static_cast<std::streamsize>(t.size())); };
  sinew::format_program(sink, file->program);
  return exit_ok;
}

}  // namespace sinew_cli
