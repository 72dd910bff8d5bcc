// Opt-in JSON for exercises: each exercise's facts as stated (equipment,
// mechanic, laterality, pattern, spinal load, where the load peaks,
// difficulty, kind, contraction), its effective actions, the muscles it works with role, emphasis
// and length (muscles_of), and its groups' roles; the document `sinew export
// exercises` prints. Any catalog of records (the built-in one, or a program's
// own) in any model writes the same document shape. Field names are
// snake_case and part of the public interface (add, never rename). Uses
// <string>, so the core headers never include it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>

#include <sinew/exercises/aliases.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/derivation.hpp>
#include <sinew/exercises/muscles_of.hpp>
#include <sinew/exercises/names.hpp>
#include <sinew/json_text.hpp>
#include <sinew/span.hpp>

namespace sinew::json {

namespace detail {

template <class Model>
void exercise_value(std::string& out, const exercise_record& r, const exercise_aliases& aliases = {}) {
  const auto quoted_id = [&](auto id) { (void)append_quoted(out, Model::info(id).id); };
  out += "{\"id\":";
  (void)append_quoted(out, r.id);
  out += ",\"name\":";
  (void)append_quoted(out, r.name);
  out += ",\"equipment\":[";
  bool first = true;
  for (std::size_t q = 0; q != equipment_count; ++q) {
    const auto item = static_cast<equipment>(q);
    if (!r.equipment.contains(item)) continue;
    out += first ? "" : ",";
    first = false;
    (void)append_quoted(out, name_of(item));
  }
  out += "],\"mechanic\":";
  (void)append_quoted(out, name_of(r.mechanic));
  out += ",\"laterality\":";
  (void)append_quoted(out, name_of(r.laterality));
  out += ",\"pattern\":";
  (void)append_quoted(out, name_of(r.pattern));
  out += ",\"spinal_load\":";
  (void)append_quoted(out, name_of(r.spinal_load));
  out += ",\"loaded_at\":";
  (void)append_quoted(out, name_of(r.loaded_at));
  out += ",\"difficulty\":";
  (void)append_quoted(out, name_of(r.difficulty));
  out += ",\"kind\":";
  (void)append_quoted(out, name_of(r.kind));
  out += ",\"contraction\":";
  (void)append_quoted(out, name_of(r.contraction));
  // The other names people give it (built-in exercises): its aliases, then the family names it is the default of.
  out += ",\"aliases\":[";
  bool first_alias = true;
  for (text_view list : {aliases.names, aliases.family}) {
    std::size_t from = 0;
    for (std::size_t i = 0; i <= list.size(); ++i) {
      if (i != list.size() && list[i] != '|') continue;
      if (i > from) {
        if (!first_alias) out += ',';
        first_alias = false;
        (void)append_quoted(out, list.substr(from, i - from));
      }
      from = i + 1;
    }
  }
  out += ']';
  out += ",\"actions\":[";
  first = true;
  const auto actions = [&](const action_set& s, const char* role) {
    s.for_each([&](action_id a) {
      out += first ? "{\"action\":" : ",{\"action\":";
      first = false;
      quoted_id(a);
      out += ",\"role\":\"";
      out += role;
      out += "\"}";
    });
  };
  const effective_actions effective = effective_actions_of(r);
  actions(effective.primary, "primary");
  actions(effective.assisting, "assisting");
  actions(effective.stabilized, "stabilized");
  out += "],\"muscles\":[";
  const auto muscles = muscles_of<Model>(r);
  first = true;
  for (const muscle_work& w : muscles) {
    out += first ? "{\"muscle\":" : ",{\"muscle\":";
    first = false;
    quoted_id(w.muscle);
    out += ",\"role\":";
    (void)append_quoted(out, name_of(w.role));
    out += ",\"emphasis\":";
    append_fixed(out, static_cast<double>(w.emphasis), 4);
    out += ",\"length\":";
    (void)append_quoted(out, name_of(w.length));
    out += '}';
  }
  out += "],\"groups\":[";
  first = true;
  const auto profile = derive<Model>(r);
  for (std::size_t g = 0; g != Model::group_count; ++g) {
    const group_id id{static_cast<std::uint8_t>(g)};
    const muscle_role role = group_role<Model>(profile, id);  // by share of the work, as every query
    if (role == muscle_role::none) continue;
    out += first ? "{\"group\":" : ",{\"group\":";
    first = false;
    quoted_id(id);
    out += ",\"role\":";
    (void)append_quoted(out, name_of(role));
    out += '}';
  }
  out += "]}";
}

}  // namespace detail

/// One exercise as a JSON object:
/// `{"id","name","equipment":[...],"mechanic","laterality","pattern","spinal_load",
///   "loaded_at","difficulty","kind","contraction","aliases":[...],"actions":[{"action","role"}],
///   "muscles":[{"muscle","role","emphasis","length"}],"groups":[{"group","role"}]}`.
/// `aliases` are the other names people give it (`aliases_of(id)` for a built-in
/// exercise; none by default). Actions are the effective ones (primary, then assisting, then stabilized:
/// what the stance, laterality and spinal load add included); muscles are
/// muscles_of's list (by role, then emphasis, with 4 decimals); a group's role
/// is the best role of its members. Names are the model's snake_case ids.
template <class Model = lower_body_model>
[[nodiscard]] std::string to_json(const exercise_record& r, const exercise_aliases& aliases = {}) {
  std::string out;
  detail::exercise_value<Model>(out, r, aliases);
  return out;
}

/// A catalog as one JSON document, `{"exercises":[...]}`, each exercise as
/// `to_json(record)` writes it, in catalog order. `to_json(sinew::builtin_catalog())`
/// is what `sinew export exercises` prints (the tool adds a line break).
template <class Model = lower_body_model>
[[nodiscard]] std::string to_json(span<const exercise_record> catalog) {
  std::string out = "{\"exercises\":[";
  bool first = true;
  // The built-in catalog's exercises carry their aliases; a program's own records have none.
  const span<const exercise_record> builtins = builtin_catalog();
  for (const exercise_record& r : catalog) {
    if (!first) out += ',';
    first = false;
    bool builtin = false;  // a built-in record is one of the catalog's own entries, wherever the span starts
    std::size_t at = 0;
    for (; at != builtins.size() && !builtin; ++at) builtin = &r == &builtins[at];
    detail::exercise_value<Model>(out, r, builtin ? aliases_of(exercise_id{static_cast<std::uint16_t>(at - 1)}) : exercise_aliases{});
  }
  out += "]}";
  return out;
}

}  // namespace sinew::json
