// Opt-in JSON for an anatomy model: its joints, actions, groups and muscles,
// each muscle with its groups, the joints it crosses, its actions and roles,
// its fibre type and architecture figures and their sources; the document
// `sinew export anatomy` prints. Any model (the built-in lower body, or one
// extended with extend_model) writes the same document shape. Field names are
// snake_case and part of the public interface (add, never rename). Uses
// <string>, so the core headers never include it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>

#include <sinew/anatomy/model.hpp>
#include <sinew/anatomy/names.hpp>
#include <sinew/json_text.hpp>

namespace sinew::json {

namespace detail {

/// `[...]` with one item per id of the set, written by `item`.
template <class Set, class Item>
void id_array(std::string& out, const Set& ids, Item item) {
  out += '[';
  bool first = true;
  for (auto id : ids) {
    if (!first) out += ',';
    first = false;
    item(id);
  }
  out += ']';
}

/// A measurement: its value, or null when unknown (or not a finite number).
inline void measurement_value(std::string& out, measurement m) {
  if (!m.known()) out += "null";
  else append_number(out, m.value);
}

}  // namespace detail

/// The model as one JSON document:
/// `{"joints":[{"id","name","degrees_of_freedom","complex","actions"}],
///   "actions":[{"id","name","joint","antagonist"}],
///   "groups":[{"id","name","chain","muscles"}],
///   "muscles":[{"id","name","group","groups","crosses","two_joint",
///               "actions":[{"action","role"}],"type_i_percent",
///               "architecture":{"optimal_fiber_length_cm","pcsa_cm2","pennation_deg","volume_cm3"},
///               "sources"}]}`.
/// Entities are listed in id order and referred to by their snake_case ids;
/// an unknown figure is null. `to_json(sinew::lower_body)` is what
/// `sinew export anatomy` prints (the tool adds a line break).
template <class Tables>
[[nodiscard]] std::string to_json(const basic_anatomy_model<Tables>&) {
  using model = basic_anatomy_model<Tables>;
  std::string out;
  const auto quoted_id = [&](auto id) { (void)append_quoted(out, model::info(id).id); };
  out += "{\"joints\":[";
  for (std::size_t j = 0; j != model::joint_count; ++j) {
    const joint_id id{static_cast<std::uint8_t>(j)};
    const joint_info& ji = model::info(id);
    out += j ? ",{\"id\":" : "{\"id\":";
    (void)append_quoted(out, ji.id);
    out += ",\"name\":";
    (void)append_quoted(out, ji.name);
    out += ",\"degrees_of_freedom\":" + std::to_string(unsigned{ji.degrees_of_freedom}) + ",\"complex\":";
    (void)append_quoted(out, name_of(ji.complex));
    out += ",\"actions\":";
    detail::id_array(out, model::actions_at(id), quoted_id);
    out += '}';
  }
  out += "],\"actions\":[";
  for (std::size_t a = 0; a != model::action_count; ++a) {
    const action_info& ai = model::info(action_id{static_cast<std::uint8_t>(a)});
    out += a ? ",{\"id\":" : "{\"id\":";
    (void)append_quoted(out, ai.id);
    out += ",\"name\":";
    (void)append_quoted(out, ai.name);
    out += ",\"joint\":";
    quoted_id(ai.joint);
    out += ",\"antagonist\":";
    quoted_id(ai.antagonist);
    out += '}';
  }
  out += "],\"groups\":[";
  for (std::size_t g = 0; g != model::group_count; ++g) {
    const group_id id{static_cast<std::uint8_t>(g)};
    const group_info& gi = model::info(id);
    out += g ? ",{\"id\":" : "{\"id\":";
    (void)append_quoted(out, gi.id);
    out += ",\"name\":";
    (void)append_quoted(out, gi.name);
    out += ",\"chain\":";
    (void)append_quoted(out, name_of(gi.on_chain));
    out += ",\"muscles\":";
    detail::id_array(out, model::members_of(id), quoted_id);
    out += '}';
  }
  out += "],\"muscles\":[";
  for (std::size_t m = 0; m != model::muscle_count; ++m) {
    const muscle_id id{static_cast<std::uint16_t>(m)};
    const muscle_info& mi = model::info(id);
    const architecture_figures& arch = mi.figures.architecture;
    out += m ? ",{\"id\":" : "{\"id\":";
    (void)append_quoted(out, mi.id);
    out += ",\"name\":";
    (void)append_quoted(out, mi.name);
    out += ",\"group\":";
    quoted_id(mi.main_group);
    out += ",\"groups\":";
    detail::id_array(out, mi.groups, quoted_id);
    out += ",\"crosses\":";
    detail::id_array(out, mi.crosses, quoted_id);
    out += model::is_two_joint(id) ? ",\"two_joint\":true,\"actions\":[" : ",\"two_joint\":false,\"actions\":[";
    const std::size_t actions = mi.action_count < max_actions_per_muscle ? mi.action_count : max_actions_per_muscle;
    for (std::size_t k = 0; k != actions; ++k) {
      out += k ? ",{\"action\":" : "{\"action\":";
      quoted_id(mi.actions[k].action);
      out += ",\"role\":";
      (void)append_quoted(out, name_of(mi.actions[k].role));
      out += '}';
    }
    out += "],\"type_i_percent\":";
    detail::measurement_value(out, mi.figures.fibers.type_i_percent);
    out += ",\"architecture\":{\"optimal_fiber_length_cm\":";
    detail::measurement_value(out, arch.optimal_fiber_length_cm);
    out += ",\"pcsa_cm2\":";
    detail::measurement_value(out, arch.pcsa_cm2);
    out += ",\"pennation_deg\":";
    detail::measurement_value(out, arch.pennation_deg);
    out += ",\"volume_cm3\":";
    detail::measurement_value(out, arch.volume_cm3);
    out += "},\"sources\":[";
    bool first = true;
    for (const text_view source : {mi.figures.fibers.source, arch.source}) {
      if (source.empty()) continue;
      out += first ? "" : ",";
      first = false;
      (void)append_quoted(out, source);
    }
    out += "]}";
  }
  out += "]}";
  return out;
}

}  // namespace sinew::json
