// `sinew exercises`, `sinew explain`, `sinew substitute` and the exercises half
// of `sinew export`: the exercises layer on the command line.
#include <algorithm>
#include <array>
#include <iomanip>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <sinew/exercises.hpp>
#include <sinew/programs.hpp>

#include "cli_support.hpp"
#include "commands.hpp"
#include "name_support.hpp"

namespace sinew_cli {
namespace {

using namespace sinew;

template <class Table>
std::vector<std::string_view> ids_of(const Table& table) {
  std::vector<std::string_view> out;
  for (const auto& e : table) out.push_back(e.id);
  return out;
}
template <class Names>
std::vector<std::string_view> words(const Names& names) {
  return {names.begin(), names.end()};
}

std::string joined(const action_set& s) {
  std::string out;
  for (action_id a : s) out += (out.empty() ? "" : ", ") + std::string(lower_body.info(a).id);
  return out.empty() ? "-" : out;
}
std::string joined(equipment_set e) {
  std::string out;
  for (std::size_t q = 0; q != equipment_count; ++q)
    if (e.contains(static_cast<equipment>(q))) out += (out.empty() ? "" : ", ") + std::string(name_of(static_cast<equipment>(q)));
  return out;
}

std::string reason_line(const reason_entry& r) {
  // A reason a model's rule gave reads that rule's words and source when the rule has its own.
  const bool own_words = r.rule != nullptr && !r.rule->text.empty();
  std::string out(own_words ? r.rule->text : text(r.code));
  const source_record* from = r.rule != nullptr && r.rule->source != nullptr ? r.rule->source : source_of(r.code);
  if (from != nullptr) out += " (" + std::string(from->citation) + ")";
  if (r.has_action) out += " [" + std::string(lower_body.info(r.action).id) + "]";
  return out;
}

/// The reason that says most about the role: position and opposition first, then what
/// a rule of the model's table (derivation_rules) added, then the actions performed.
const reason_entry* telling_reason(const explanation& x) {
  constexpr reason before_rules[] = {reason::overridden, reason::shortened_at_held_joint,
                                     reason::opposes_primary_action, reason::lengthened_at_held_joint};
  constexpr reason after_rules[] = {reason::performs_primary_action, reason::assists_primary_action,
                                    reason::performs_assisting_action, reason::performs_stabilized_action,
                                    reason::treated_by_soft_tissue_work, reason::not_involved};
  for (reason want : before_rules)
    for (const auto& r : x)
      if (r.code == want) return &r;
  for (const auto& r : x)
    if (r.rule != nullptr) return &r;
  for (reason want : after_rules)
    for (const auto& r : x)
      if (r.code == want) return &r;
  return nullptr;
}

struct options {
  exercise_filter filter{};
  coverage cov = coverage::working;
  int target_kind = 0;  // 0 none, 1 action, 2 muscle, 3 group
  std::string_view target_option{};
  action_id action{};
  muscle_id muscle{};
  group_id group{};
  std::vector<std::string_view> positional{};
  bool any_kind = false;  ///< --kind was given (the filter then holds the kinds named)
};

/// Reads the options of `exercises` (with_target) or `substitute` (without).
/// How they combine is what `sinew exercises --help` says: one target, given
/// once; --equipment and --pattern lists add up when repeated; exclusive flags
/// (--unilateral/--bilateral, --compound/--isolation) refuse each other; --prime
/// needs a target. Returns false after saying why on io.err.
bool read_options(std::string_view command, args a, streams io, options& o, bool with_target) {
  std::vector<std::string_view> own = {"--equipment", "--pattern",   "--no-spinal-load", "--unilateral",
                                       "--bilateral", "--compound", "--isolation",      "--stretched"};
  if (with_target) own.insert(own.begin(), {"--action", "--muscle", "--group", "--prime"});
  own.push_back("--kind");
  const std::string_view why_not = "it ranks alternatives on the exercise's whole profile";
  equipment_set equipment{};
  bool any_equipment = false;
  pattern_set patterns{};
  bool any_pattern = false;
  kind_set kinds{};
  bool prime = false;
  std::string_view side, mechanic;  // the exclusive flag given, if any
  const auto exclusive = [&](std::string_view& slot, std::string_view opt) {
    if (!slot.empty() && slot != opt) {
      io.err << "sinew: " << slot << " and " << opt << " exclude each other; give one\n";
      return false;
    }
    slot = opt;
    return true;
  };
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::string_view opt = a[i];
    if (!opt.starts_with("--")) {
      o.positional.push_back(opt);
      continue;
    }
    if (std::find(own.begin(), own.end(), opt) == own.end())
      return reject_option(io.err, command, opt, own, with_target ? std::string_view{} : why_not), false;
    std::string_view v;
    if (opt == "--action" || opt == "--muscle" || opt == "--group") {
      if (!option_value(a, i, io.err, v)) return false;
      if (o.target_kind != 0) {
        io.err << "sinew: " << command << " takes one target: --action, --muscle or --group, once (got "
               << o.target_option << ", then " << opt << ")\n";
        return false;
      }
      o.target_option = opt;
      if (opt == "--action") {
        auto r = lower_body.find_action(normalize(v));
        if (!r) return report_unknown(io.err, "action", v, ids_of(lower_body.actions())), false;
        o.target_kind = 1;
        o.action = *r;
      } else if (opt == "--muscle") {
        auto r = lower_body.find_muscle(normalize(v));
        if (!r) return report_unknown(io.err, "muscle", v, ids_of(lower_body.muscles())), false;
        o.target_kind = 2;
        o.muscle = *r;
      } else {
        auto r = lower_body.find_group(normalize(v));
        if (!r) return report_unknown(io.err, "group", v, ids_of(lower_body.groups())), false;
        o.target_kind = 3;
        o.group = *r;
      }
    } else if (opt == "--equipment" || opt == "--pattern" || opt == "--kind") {
      if (!option_value(a, i, io.err, v)) return false;
      std::size_t begin = 0;
      while (begin <= v.size()) {
        std::size_t end = v.find(',', begin);
        if (end == std::string_view::npos) end = v.size();
        const std::string_view item = v.substr(begin, end - begin);
        if (normalize(item).empty()) {
          io.err << "sinew: " << opt << " has an empty item in '" << shown(v) << "' (a comma-separated list)\n";
          return false;
        }
        const std::string word = normalize(item);
        if (opt == "--equipment") {
          auto e = parse_equipment(word);
          if (!e) return report_unknown(io.err, "equipment", item, words(sinew::words_of<sinew::equipment>())), false;
          equipment.insert(*e);
          any_equipment = true;
        } else if (opt == "--pattern") {
          auto p = parse_pattern(word);
          if (!p) return report_unknown(io.err, "pattern", item, words(sinew::words_of<sinew::movement_pattern>())), false;
          patterns.bits |= 1U << static_cast<unsigned>(*p);
          any_pattern = true;
        } else {
          auto k = parse_exercise_kind(word);
          if (!k) return report_unknown(io.err, "kind", item, words(sinew::words_of<sinew::exercise_kind>())), false;
          kinds.insert(*k);
          o.any_kind = true;
        }
        begin = end + 1;
      }
    } else if (opt == "--no-spinal-load") {
      o.filter = o.filter.without_spinal_load();
    } else if (opt == "--unilateral" || opt == "--bilateral") {
      if (!exclusive(side, opt)) return false;
      o.filter = opt == "--unilateral" ? o.filter.unilateral() : o.filter.bilateral();
    } else if (opt == "--compound" || opt == "--isolation") {
      if (!exclusive(mechanic, opt)) return false;
      o.filter = opt == "--compound" ? o.filter.compound() : o.filter.isolation();
    } else if (opt == "--stretched") {
      o.filter = o.filter.loaded_stretched();
    } else if (opt == "--prime") {
      prime = true;
    }
  }
  // Repeated lists add up: the filter sees one list of everything named.
  if (any_equipment) o.filter = o.filter.with_equipment(equipment);
  if (any_pattern) o.filter = o.filter.with_patterns(patterns);
  if (o.any_kind) o.filter = o.filter.with_kinds(kinds);
  if (prime) {
    if (o.target_kind == 0) {
      io.err << "sinew: --prime needs a target (--action, --muscle or --group): it keeps the exercises where "
                "that target is a prime mover\n";
      return false;
    }
    o.cov = coverage::prime;
  }
  return true;
}

void explain_muscle(std::ostream& out, const exercise_record& r, muscle_id m) {
  const explanation x = explain(r, m);
  out << "  " << std::left << std::setw(32) << lower_body.info(m).id << std::setw(12) << name_of(x.work.role)
      << " emphasis " << std::fixed << std::setprecision(3) << x.work.emphasis << "  " << name_of(x.work.length)
      << "  (size " << std::setprecision(1) << x.size_cm2 << " cm2)\n";
  for (const auto& why : x) out << "      - " << reason_line(why) << '\n';
}

}  // namespace

int run_exercises(args a, streams io) {
  options o;
  if (!read_options("exercises", a, io, o, true)) return exit_usage;
  if (o.positional.size() > 1) {
    io.err << "sinew: exercises takes at most one exercise name (got '" << shown(o.positional[1])
           << "' too; quote a name with spaces); to filter by muscle: --muscle M. See sinew exercises --help\n";
    return exit_usage;
  }
  // A listing with no target is the catalog: every kind unless --kind names
  // some. A coverage query (a target) counts the training kinds unless --kind
  // opts others in: the filter's default.
  if (o.target_kind == 0 && !o.any_kind) o.filter = o.filter.all_kinds();
  exercise_set found{};
  switch (o.target_kind) {
    case 1: found = exercises_covering(o.action, o.cov, o.filter); break;
    case 2: found = exercises_covering(o.muscle, o.cov, o.filter); break;
    case 3: found = exercises_covering(o.group, o.cov, o.filter); break;
    default: found = accepted(o.filter); break;
  }
  if (!o.positional.empty()) {  // one exercise, by any name people give it: listed if it passes the rest
    exercise_id named{};
    if (!find_or_report(o.positional[0], io, named)) return exit_usage;
    const bool kept = found.contains(named);
    found = exercise_set{};
    if (kept) found.insert(named);
  }
  for (exercise_id e : found) {
    const exercise_record& r = info(e);
    io.out << std::left << std::setw(40) << r.id;
    if (o.target_kind == 1) {
      const bool primary = r.loads.contains(o.action);
      io.out << std::setw(12) << (primary ? "primary" : "assisting")
             << (primary ? "loads it as a primary action"
                         : (r.assists.contains(o.action) ? "loads it as an assisting action"
                                                         : "toes out adds hip external rotation"));
    } else if (o.target_kind == 2 || o.target_kind == 3) {
      muscle_id who = o.muscle;
      if (o.target_kind == 3) {  // the group's member with the best role, then emphasis
        float best = -1.0F;
        for (muscle_id m : lower_body.members_of(o.group)) {
          const float score = static_cast<float>(role_in(e, m)) * 10.0F + emphasis_in(e, m);
          if (score > best) {
            best = score;
            who = m;
          }
        }
      }
      const explanation x = explain(r, who);
      io.out << std::setw(12) << name_of(x.work.role) << std::fixed << std::setprecision(3) << x.work.emphasis << "  ";
      if (o.target_kind == 3) io.out << lower_body.info(who).id << ": ";
      if (const reason_entry* why = telling_reason(x)) io.out << reason_line(*why);
    } else {
      io.out << std::setw(10) << name_of(r.pattern) << joined(r.equipment);
    }
    io.out << '\n';
  }
  if (found.empty()) io.err << "sinew: no exercise matches\n";
  return exit_ok;
}

int run_explain(args a, streams io) {
  for (auto arg : a)
    if (arg.starts_with("--")) return reject_option(io.err, "explain", arg, {});
  if (a.empty() || a.size() > 2) {
    io.err << "sinew: usage: sinew explain EXERCISE [MUSCLE] (got " << a.size()
           << " arguments; quote a name with spaces)\n";
    return exit_usage;
  }
  exercise_id e{};
  if (!find_or_report(a[0], io, e)) return exit_usage;
  const exercise_record& r = info(e);
  if (a.size() == 2) {
    auto m = lower_body.find_muscle(normalize(a[1]));
    if (!m) {
      report_unknown(io.err, "muscle", a[1], ids_of(lower_body.muscles()));
      return exit_usage;
    }
    io.out << r.name << ":\n";
    explain_muscle(io.out, r, *m);
    return exit_ok;
  }
  const effective_actions eff = effective_actions_of(r);
  io.out << r.name << " (" << r.id << ")\n"
         << "  pattern " << name_of(r.pattern) << ", " << name_of(r.mechanic) << ", " << name_of(r.laterality)
         << ", spinal load " << name_of(r.spinal_load) << ", load peaks " << name_of(r.loaded_at) << "; equipment "
         << joined(r.equipment) << '\n'
         << "  loads (primary): " << joined(eff.primary) << "\n  assisting: " << joined(eff.assisting)
         << "\n  held still under load: " << joined(eff.stabilized) << "\n  positions held toward: "
         << joined(r.held_toward) << "\n\n";
  for (const auto& w : derive(r)) explain_muscle(io.out, r, w.muscle);
  return exit_ok;
}

int run_substitute(args a, streams io) {
  options o;
  if (!read_options("substitute", a, io, o, false)) return exit_usage;
  if (o.positional.size() != 1) {
    io.err << "sinew: usage: sinew substitute EXERCISE [--equipment E,..] [--pattern P,..] [--unilateral | "
              "--bilateral] [--compound | --isolation] [--no-spinal-load] [--stretched] [--kind K,..] (got "
           << o.positional.size() << " exercises; quote a name with spaces)\n";
    return exit_usage;
  }
  exercise_id e{};
  if (!find_or_report(o.positional[0], io, e)) return exit_usage;
  // The training kinds unless --kind names others (the filter's default).
  std::array<ranked_exercise, 10> ranked{};
  const std::size_t n = substitutes_for(e, ranked, o.filter).written;
  for (std::size_t i = 0; i != n; ++i) {
    const exercise_record& r = builtin_exercises[ranked[i].index];
    io.out << std::left << std::setw(40) << r.id << std::fixed << std::setprecision(3) << ranked[i].similarity << "  "
           << name_of(r.pattern) << ", " << joined(r.equipment) << '\n';
  }
  if (n == 0) io.err << "sinew: no substitute passes the filters\n";
  return exit_ok;
}

}  // namespace sinew_cli
