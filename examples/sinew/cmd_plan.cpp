// `sinew plan`: a program generated for a request (docs/generator.md). The
// options fill a sinew::plan_request through the library's readers
// (generation/request_text.hpp) and the vocabulary options check already takes
// (--goal, --level, --condition); the generator answers with a program or an
// error naming the input. The program is printed as a program file
// (docs/programs.md) followed by the report `sinew check` prints, as comment
// lines, so that the whole output is a program file `sinew check` reads back;
// --json prints check --json's document instead, with a "plan" member added
// last ({"days_asked","days_held","rest_days"}); -o FILE writes the program
// file to FILE and prints the report alone. Exit 0, 1 when the generated
// program had an error-level finding (never expected: the generator's own
// analysis refuses it) or a write failed, 2 when an input is refused.
#include <algorithm>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sinew/generation/generator.hpp>
#include <sinew/generation/request_text.hpp>
#include <sinew/programs.hpp>
#include <sinew/programs/json.hpp>
#include <sinew/programs/report.hpp>

#include "cli_support.hpp"
#include "commands.hpp"
#include "name_support.hpp"
#include "user_catalog.hpp"

namespace sinew_cli {
namespace {

using plan_program = sinew::program;
using plan_analysis = sinew::program_analysis<sinew::builtin_model, plan_program::limits>;

sinew::text_view as_text(std::string_view s) { return sinew::text_view{s.data(), s.size()}; }

/// "sinew: --days: expected a whole number (digits only) (got '2x')": a
/// library reader's message for the value of `option`.
void refuse_value(std::ostream& err, std::string_view option, const sinew::error& e, std::string_view value,
                  std::string_view item = {}) {
  std::string_view message(e.message.data(), e.message.size());
  if (message.starts_with("sinew: ")) message.remove_prefix(7);
  err << "sinew: " << option << ": " << message << " (got '" << shown(item.empty() ? value : item) << "'";
  if (!item.empty() && item != value) err << " in '" << shown(value) << "'";
  err << ")\n";
}

/// The comma-separated item of `list` that starts at byte `at`.
std::string_view item_at(std::string_view list, std::size_t at) {
  if (at >= list.size()) return {};
  const std::size_t end = list.find(',', at);
  std::string_view item = list.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
  while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) item.remove_suffix(1);
  return item;
}

template <class Table>
void add_ids(std::vector<std::string_view>& out, const Table& table) {
  for (const auto& e : table) out.emplace_back(e.id.data(), e.id.size());
}

struct plan_command {
  sinew::plan_request request{};
  sinew::analysis_options vocabulary{};  // --goal, --level, --condition as check reads them
  bool json = false;
  std::string_view output{};
  bool have_output = false;
  std::string_view days_text{};
  std::string weekdays_text{};  ///< every --weekdays value, joined by commas (repeating adds days)
  user_catalog user;  ///< --exercises FILE or --catalog FILE; held in place (its records view its text)
  std::vector<std::pair<std::string_view, std::string_view>> named;  ///< --exclude/--require NAME, read once the catalog is known
};

/// Resolves NAME of --exclude or --require in the command's catalog.
bool find_in_catalog(std::string_view typed, streams io, const user_catalog& user, std::string_view option,
                     sinew::exercise_id& e) {
  if (!user.given) return find_or_report(typed, io, e, option);
  const auto catalog = user.catalog();
  const sinew::resolved_name r = sinew::resolve_exercise_name(as_text(typed), catalog);
  if (r.found) {
    e = r.exercise;
    return true;
  }
  std::string_view message(r.message.data(), r.message.size());
  if (message.starts_with("sinew: ")) message.remove_prefix(7);
  io.err << "sinew: " << option << ": " << message << " (got '" << shown(typed) << "')";
  for (std::size_t i = 0; i != r.candidate_count; ++i)
    io.err << (i == 0 ? ". Did you mean: " : ", ") << std::string_view(catalog[r.candidates[i].index].id);
  io.err << (r.candidate_count != 0 ? "?\n" : "\n");
  return false;
}

bool whole_number(std::string_view option, std::string_view v, std::uint64_t max, std::ostream& err,
                  std::uint64_t& out) {
  const auto n = sinew::parse_whole_number(as_text(v), max);
  if (!n) {
    refuse_value(err, option, n.error(), v);
    return false;
  }
  out = *n;
  return true;
}

bool read_plan_command(args a, streams io, plan_command& c) {
  const std::vector<std::string_view> own = {"--days",     "--weekdays", "--minutes", "--equipment", "--goal",
                                             "--level",    "--weeks",    "--priority", "--condition", "--exclude",
                                             "--require",  "--seed",     "--json",     "--output",
                                             "--exercises", "--catalog"};
  bool any_equipment = false;
  single_valued once;
  for (std::size_t i = 0; i != a.size(); ++i) {
    const std::string_view opt = a[i];
    bool taken = false;
    if (!read_analysis_option(a, i, io.err, c.vocabulary, taken, once)) return false;
    if (taken) continue;
    if (opt == "--json") {
      c.json = true;
      continue;
    }
    if (is_catalog_option(opt)) {
      if (!read_catalog_option(a, i, io.err, c.user)) return false;
      continue;
    }
    if (opt == "-o" || opt == "--output") {
      if (c.have_output) {
        io.err << "sinew: plan writes one program file: give -o once\n";
        return false;
      }
      if (i + 1 >= a.size()) {
        io.err << "sinew: " << opt << " needs a file name (- for standard output)\n";
        return false;
      }
      c.output = a[++i];
      c.have_output = true;
      continue;
    }
    if (std::find(own.begin(), own.end(), opt) == own.end()) {
      if (!opt.starts_with("-")) {
        io.err << "sinew: plan reads no file: its input is the options (got '" << shown(opt)
               << "'). See sinew plan --help\n";
        return false;
      }
      reject_option(io.err, "plan", opt, own);
      return false;
    }
    std::string_view v;
    if (!option_value(a, i, io.err, v)) return false;
    const bool one_value = opt == "--days" || opt == "--minutes" || opt == "--weeks" || opt == "--seed";
    if (one_value && !once.first(opt, v, io.err)) return false;
    std::uint64_t n = 0;
    if (opt == "--days") {
      if (!whole_number(opt, v, 255, io.err, n)) return false;
      c.request.days = static_cast<std::uint8_t>(n);
      c.days_text = v;
    } else if (opt == "--minutes") {
      if (!whole_number(opt, v, 0xFFFFFFFFU, io.err, n)) return false;
      c.request.minutes = static_cast<std::uint32_t>(n);
    } else if (opt == "--weeks") {
      if (!whole_number(opt, v, 0xFFFFU, io.err, n)) return false;
      c.request.weeks = static_cast<std::uint16_t>(n);
    } else if (opt == "--seed") {
      if (!whole_number(opt, v, ~std::uint64_t{0}, io.err, n)) return false;
      c.request.seed = n;
    } else if (opt == "--equipment") {  // repeating adds to the list, as in `sinew exercises`
      const auto e = sinew::parse_equipment_list(as_text(v));
      if (!e) {
        const std::string_view item = item_at(v, e.error().position);
        if (item.empty() || e.error().message == sinew::msg_request_empty_item) {
          refuse_value(io.err, opt, e.error(), v);
        } else {
          std::vector<std::string_view> valid;
          for (auto w : sinew::words_of<sinew::equipment>()) valid.emplace_back(w.data(), w.size());
          report_unknown(io.err, "equipment", item, valid, {}, opt);
        }
        return false;
      }
      c.request.equipment.bits = static_cast<std::uint16_t>((any_equipment ? c.request.equipment.bits : 0U) | e->bits);
      any_equipment = true;
    } else if (opt == "--weekdays") {
      const auto d = sinew::parse_weekday_list(as_text(v));
      if (!d) {
        refuse_value(io.err, opt, d.error(), v, item_at(v, d.error().position));
        return false;
      }
      c.request.weekdays.bits = static_cast<std::uint8_t>(c.request.weekdays.bits | d->bits);
      if (!c.weekdays_text.empty()) c.weekdays_text += ',';
      c.weekdays_text += v;
    } else if (opt == "--priority") {
      const auto t = sinew::add_priority(c.request.priorities, as_text(v));
      if (!t) {
        std::vector<std::string_view> valid;
        add_ids(valid, sinew::lower_body.groups());
        add_ids(valid, sinew::lower_body.muscles());
        add_ids(valid, sinew::lower_body.actions());
        report_unknown(io.err, "priority", v, valid,
                       "A priority is a muscle group, a muscle or an action: 'sinew anatomy' lists them.", opt);
        return false;
      }
    } else if (opt == "--exclude" || opt == "--require") {
      c.named.emplace_back(opt, v);
    }
  }
  for (const auto& [opt, v] : c.named) {
    sinew::exercise_id e{};
    if (!find_in_catalog(v, io, c.user, opt, e)) return false;
    auto& list = opt == "--exclude" ? c.request.exclude : c.request.require;
    if (!list.add(e)) {
      refuse_value(io.err, opt, sinew::error{sinew::msg_request_list_full}, v);
      return false;
    }
  }
  c.request.goal = c.vocabulary.goal;
  c.request.level = c.vocabulary.level;
  c.request.conditions = c.vocabulary.conditions;
  // --days with --weekdays: the count must agree, or one of them would be silently ignored.
  if (!c.days_text.empty() && !c.weekdays_text.empty() && c.request.days != c.request.weekdays.size()) {
    io.err << "sinew: --days " << shown(c.days_text) << " and --weekdays " << shown(c.weekdays_text)
           << " disagree: the weekdays name " << c.request.weekdays.size()
           << " days a week; give one of the options\n";
    return false;
  }
  return true;
}

struct stream_sink {
  std::ostream& out;
  void operator()(sinew::text_view t) const { out.write(t.data(), static_cast<std::streamsize>(t.size())); }
};

/// `text` with "# " before each line (a blank line gets "#"), so that it reads as comments in a program file.
std::string commented(const std::string& text) {
  std::string out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    out += end == begin ? "#" : "# ";
    out.append(text, begin, end - begin);
    out += '\n';
    begin = end + 1;
  }
  return out;
}

/// The `sinew check` command that analyses the written program as plan did: the
/// request's goal, level, conditions and minutes, and its file of exercises.
std::string check_command(const plan_command& c, std::string_view file) {
  const auto word = [](sinew::text_view t) { return std::string(t.data(), t.size()); };
  std::string out = "sinew check " + std::string(file) + " --goal " + word(sinew::name_of(c.request.goal)) +
                    " --level " + word(sinew::name_of(c.request.level)) +
                    " --minutes " + std::to_string(c.request.minutes);
  std::string conditions;
  for (const auto w : sinew::words_of<sinew::condition>()) {
    const auto cond = sinew::parse_word<sinew::condition>(w);
    if (cond && c.request.conditions.contains(*cond)) conditions += (conditions.empty() ? "" : ",") + word(w);
  }
  if (!conditions.empty()) out += " --condition " + conditions;
  if (c.user.given) out += (c.user.records.size() > sinew::builtin_catalog().size() &&
                                    sinew::extends_builtin_catalog({c.user.records.data(), c.user.records.size()})
                                ? " --exercises "
                                : " --catalog ") +
                           std::string(shown(c.user.path));
  return out;
}

}  // namespace

int run_plan(args a, streams io) {
  plan_command c;
  if (!read_plan_command(a, io, c)) return exit_usage;
  const auto program = std::make_unique<plan_program>();
  {
    const auto generated = sinew::generate(c.request, c.user.catalog());
    if (!generated) {
      const sinew::error& e = generated.error();
      const std::string_view message(e.message.data(), e.message.size());
      io.err << message;
      // "sinew: require: ..." and "sinew: exclude: ...": the position is the exercise's index in its list.
      const sinew::exercise_list* list = message.starts_with("sinew: require:")   ? &c.request.require
                                         : message.starts_with("sinew: exclude:") ? &c.request.exclude
                                                                                  : nullptr;
      if (list != nullptr && e.position < list->size())
        io.err << " (" << std::string_view(c.user.catalog()[list->items[e.position].index].id) << ')';
      // "sinew: equipment: ..." and "sinew: condition: ..." about an action the messages do not
      // name: the position is the action's index
      else if (message.ends_with("an action the request asks for") && e.position < sinew::builtin_model::action_count)
        io.err << " (" << std::string_view(sinew::builtin_model::info(sinew::action_id{static_cast<std::uint8_t>(e.position)}).id)
               << ')';
      // Too few minutes: say how many give a week (generate is monotone enough to search; the
      // answer is checked on both sides: N gives one, N - 1 does not).
      else if (message.starts_with("sinew: minutes: too few to give every group") && c.request.minutes < 240) {
        sinew::plan_request more = c.request;
        std::uint32_t fails = c.request.minutes, gives = 240;  // the generator found a week at 240
        more.minutes = gives;
        if (sinew::generate(more, c.user.catalog())) {
          while (gives - fails > 1) {
            more.minutes = fails + (gives - fails) / 2;
            (sinew::generate(more, c.user.catalog()) ? gives : fails) = more.minutes;
          }
          io.err << ": --minutes " << gives << " gives one (" << fails << " does not)";
        }
      }
      io.err << '\n';
      return exit_usage;
    }
    *program = *generated;
  }
  const auto analysis = std::make_unique<plan_analysis>();
  *analysis = sinew::analyse(*program, sinew::options_for(c.request), c.user.catalog());

  std::ostringstream file_text;
  {
    stream_sink sink{file_text};
    sinew::format_program(sink, *program, c.user.catalog());
  }
  std::ostringstream report;
  // a day the week's ranges leave no work for is left out of the program (docs/generator.md):
  // the report says so, above the analysis, so that fewer days than asked are never a surprise
  const std::size_t asked = c.request.sessions_per_week(),
                    held = program->weeks().empty() ? 0 : program->sessions(program->weeks()[0]).size(),
                    rest = held < asked ? asked - held : 0;
  if (rest != 0)
    report << "Rest days: " << rest << " of the " << asked
           << " days asked left out, with no work left for them (every group reaches its weekly maximum first)\n\n";
  sinew::write_report(*analysis, stream_sink{report});
  // --json: check --json's document and, last, what the request asked and the week holds
  // ("plan":{"days_asked","days_held","rest_days"}), so that a rest day is never silent there either
  const auto json_document = [&] {
    std::string doc = sinew::json::to_json(*program, *analysis, c.user.catalog());
    doc.pop_back();  // the document's closing brace
    doc += ",\"plan\":{\"days_asked\":" + std::to_string(asked) + ",\"days_held\":" + std::to_string(held) +
           ",\"rest_days\":" + std::to_string(rest) + "}}";
    return doc;
  };

  if (c.have_output && c.output != "-") {
    std::ofstream out{std::string(c.output), std::ios::binary};
    if (out) out << file_text.str();
    out.flush();
    if (!out) {
      io.err << "sinew: cannot write the program file to '" << shown(c.output) << "'\n";
      return exit_internal;
    }
    if (c.json)
      io.out << json_document() << '\n';
    else
      io.out << "Checked as: " << check_command(c, shown(c.output)) << "\n\n" << report.str();
  } else if (c.json) {
    io.out << json_document() << '\n';
  } else {
    io.out << file_text.str() << '\n'
           << commented("Checked as: " + check_command(c, "FILE") + "\n\n" + report.str());
  }
  return analysis->passes() ? exit_ok : exit_findings;
}

}  // namespace sinew_cli
