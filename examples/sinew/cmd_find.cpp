// `sinew find NAME [--json]`: the built-in exercises a name may mean, ranked, with
// their confidence (50..100: every word of the name fits; below 50: only close).
#include <ostream>
#include <string_view>

#include <sinew/programs.hpp>

#include "cli_support.hpp"
#include "commands.hpp"
#include "name_support.hpp"

namespace sinew_cli {

namespace {
using namespace sinew;

std::string_view kind_word(name_match k) {
  switch (k) {
    case name_match::found: return "found";
    case name_match::ambiguous: return "ambiguous";
    case name_match::too_long: return "too_long";
    case name_match::not_found: break;
  }
  return "not_found";
}

void print_json(std::ostream& out, std::string_view typed, const exercise_name_match& m) {
  out << "{\"name\":";
  json_string(out, typed);
  out << ",\"match\":\"" << kind_word(m.kind) << "\",\"exercise\":";
  if (m.found()) {
    json_string(out, info(m.exercise).id);
    out << ",\"confidence\":" << int{m.confidence} << ",\"alias\":";
    json_string(out, m.alias);
    out << ",\"family\":" << (m.family ? "true" : "false");
  } else {
    out << "null,\"confidence\":0,\"alias\":null,\"family\":false";
  }
  out << ",\"candidates\":[";
  for (std::size_t k = 0; k != m.candidate_count; ++k) {
    out << (k ? "," : "") << "{\"id\":";
    json_string(out, info(m.candidates[k].exercise).id);
    out << ",\"confidence\":" << int{m.candidates[k].confidence} << '}';
  }
  out << "]}\n";
}
}  // namespace

int run_find(args a, streams io) {
  bool json = false;
  std::string_view typed;
  std::size_t names = 0;
  for (auto arg : a) {
    if (arg == "--json") {
      json = true;
    } else if (arg.starts_with("--")) {
      return reject_option(io.err, "find", arg, {"--json"});
    } else {
      typed = arg;
      ++names;
    }
  }
  if (names != 1) {
    io.err << "sinew: usage: sinew find NAME [--json] (got " << names << " names; quote a name with spaces)\n";
    return exit_usage;
  }
  const auto m = match_exercise_name(typed);
  if (json) {
    print_json(io.out, typed, m);
  } else {
    if (m.found())
      io.out << info(m.exercise).id << "  " << int{m.confidence} << "  " << why_matched(m) << '\n';
    for (std::size_t k = 0; k != m.candidate_count; ++k)
      io.out << (m.found() ? "  " : "") << info(m.candidates[k].exercise).id << "  " << int{m.candidates[k].confidence}
             << (m.candidates[k].confidence >= 50 ? "" : "  (close; a word of the name does not fit it)") << '\n';
  }
  switch (m.kind) {
    case name_match::found: return exit_ok;
    case name_match::ambiguous:
      io.err << "sinew: '" << shown(typed) << "' fits " << m.tied_count << " exercises equally well; name one more fully\n";
      return exit_usage;
    case name_match::too_long:
      io.err << "sinew: an exercise name has at most 16 words and 160 characters (got " << typed.size() << " bytes)\n";
      return exit_usage;
    case name_match::not_found: break;
  }
  if (normalize(typed).empty()) {
    io.err << "sinew: find needs a name: '" << shown(typed) << "' is empty\n";
    return exit_usage;
  }
  io.err << "sinew: no built-in exercise fits every word of '" << shown(typed) << "'"
         << (m.candidate_count ? "; the closest are listed" : "") << '\n';
  return exit_usage;
}

}  // namespace sinew_cli
