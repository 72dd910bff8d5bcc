// `sinew anatomy`: the anatomy layer on the command line (its JSON export is the
// library's, <sinew/anatomy/json.hpp>, written by `sinew export anatomy`).
#include <algorithm>
#include <iomanip>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <sinew/anatomy.hpp>

#include "cli_support.hpp"
#include "commands.hpp"

namespace sinew_cli {
namespace {

using sinew::lower_body;

template <class Table>
std::vector<std::string_view> ids_of(const Table& table) {
  std::vector<std::string_view> out;
  for (const auto& e : table) out.push_back(e.id);
  return out;
}

std::string_view role_name(sinew::action_role r) { return sinew::name_of(r); }
std::string_view chain_name(sinew::chain c) { return sinew::name_of(c); }

std::string joined_joints(sinew::joint_set joints) {
  std::string out;
  for (auto j : joints) out += (out.empty() ? "" : ", ") + std::string(lower_body.info(j).id);
  return out;
}

std::string joined_actions(const sinew::muscle_info& m) {
  std::string out;
  for (std::size_t k = 0; k != m.action_count; ++k) {
    const auto& a = m.actions[k];
    out += (k ? ", " : "") + std::string(lower_body.info(a.action).id);
    if (a.role == sinew::action_role::secondary) out += " (secondary)";
  }
  return out;
}

void print_table(std::ostream& out, sinew::muscle_set muscles) {
  out << std::left << std::setw(32) << "muscle" << std::setw(24) << "group" << std::setw(28) << "crosses"
      << "actions\n";
  for (auto m : muscles) {
    const auto& mi = lower_body.info(m);
    out << std::setw(32) << mi.id << std::setw(24) << lower_body.info(mi.main_group).id << std::setw(28)
        << joined_joints(mi.crosses) << joined_actions(mi) << '\n';
  }
}

void print_measure(std::ostream& out, std::string_view label, sinew::measurement m, std::string_view unit) {
  out << "    " << std::left << std::setw(26) << label;
  if (m.known())
    out << m.value << ' ' << unit << '\n';
  else
    out << "not published in sinew's sources\n";
}

void print_muscle(std::ostream& out, sinew::muscle_id id) {
  const auto& m = lower_body.info(id);
  out << m.name << " (" << m.id << ")\n";
  out << "  groups:      ";
  bool first = true;
  for (auto g : m.groups) {
    out << (first ? "" : ", ") << lower_body.info(g).id;
    first = false;
  }
  out << "  [" << chain_name(lower_body.info(m.main_group).on_chain) << " chain]\n";
  out << "  crosses:     " << joined_joints(m.crosses)
      << (lower_body.is_two_joint(id) ? "  (two-joint: its position at one joint changes its work at the other)" : "")
      << '\n';
  out << "  actions:\n";
  for (std::size_t k = 0; k != m.action_count; ++k) {
    const auto& a = m.actions[k];
    const auto& ai = lower_body.info(a.action);
    out << "    " << std::left << std::setw(26) << ai.id << std::setw(10) << role_name(a.role)
        << "antagonist: " << lower_body.info(ai.antagonist).id << '\n';
  }
  out << "  fibre type:\n";
  print_measure(out, "type I (slow twitch)", m.figures.fibers.type_i_percent, "%");
  if (!m.figures.fibers.source.empty()) out << "    source: " << m.figures.fibers.source << '\n';
  if (!m.figures.fibers.note.empty()) out << "    note:   " << m.figures.fibers.note << '\n';
  out << "  architecture:\n";
  const auto& a = m.figures.architecture;
  print_measure(out, "optimal fibre length", a.optimal_fiber_length_cm, "cm");
  print_measure(out, "PCSA", a.pcsa_cm2, "cm2");
  print_measure(out, "pennation angle", a.pennation_deg, "deg");
  print_measure(out, "volume", a.volume_cm3, "cm3");
  if (!a.source.empty()) out << "    source: " << a.source << '\n';
  if (!a.note.empty()) out << "    note:   " << a.note << '\n';
}

template <class Id, class Finder>
bool resolve(std::string_view typed, std::string_view what, Finder find, const std::vector<std::string_view>& valid,
             std::ostream& err, Id& out) {
  const auto r = find(normalize(typed));
  if (!r) {
    report_unknown(err, what, typed, valid);
    return false;
  }
  out = *r;
  return true;
}

}  // namespace

int run_anatomy(args a, streams io) {
  // One selection at most: a muscle, or one of the three options, given once.
  const std::vector<std::string_view> own = {"--action", "--joint", "--group"};
  std::string_view kind;   // "muscle" or the option
  std::string_view value;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::string_view this_kind = "muscle";
    std::string_view this_value = a[i];
    if (a[i].starts_with("--")) {
      if (std::find(own.begin(), own.end(), a[i]) == own.end()) return reject_option(io.err, "anatomy", a[i], own);
      this_kind = a[i];
      if (!option_value(a, i, io.err, this_value)) return exit_usage;
    }
    if (!kind.empty()) {
      io.err << "sinew: anatomy selects one thing: a muscle, --action, --joint or --group, once (got "
             << (kind == "muscle" ? "a muscle" : kind) << ", then "
             << (this_kind == "muscle" ? "a muscle" : this_kind) << "; quote a name with spaces)\n";
      return exit_usage;
    }
    kind = this_kind;
    value = this_value;
  }
  if (kind.empty()) {
    print_table(io.out, lower_body.all_muscles());
    return exit_ok;
  }
  if (kind == "--action") {
    sinew::action_id id{};
    if (!resolve(value, "action", [](std::string_view k) { return lower_body.find_action(k); },
                 ids_of(lower_body.actions()), io.err, id))
      return exit_usage;
    print_table(io.out, lower_body.muscles_performing(id));
    return exit_ok;
  }
  if (kind == "--joint") {
    sinew::joint_id id{};
    if (!resolve(value, "joint", [](std::string_view k) { return lower_body.find_joint(k); },
                 ids_of(lower_body.joints()), io.err, id))
      return exit_usage;
    print_table(io.out, lower_body.muscles_crossing(id));
    return exit_ok;
  }
  if (kind == "--group") {
    sinew::group_id id{};
    if (!resolve(value, "group", [](std::string_view k) { return lower_body.find_group(k); },
                 ids_of(lower_body.groups()), io.err, id))
      return exit_usage;
    print_table(io.out, lower_body.members_of(id));
    return exit_ok;
  }
  sinew::muscle_id id{};
  if (!resolve(value, "muscle", [](std::string_view k) { return lower_body.find_muscle(k); },
               ids_of(lower_body.muscles()), io.err, id))
    return exit_usage;
  print_muscle(io.out, id);
  return exit_ok;
}

}  // namespace sinew_cli
