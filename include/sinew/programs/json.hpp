// Opt-in JSON for a program and its analysis: the document `sinew check --json`
// and `sinew export program` print. Field names are snake_case and part of the
// public interface (add, never rename):
//   {"program":{"name","weeks":[{"week","sessions":[{"day","title","blocks":[{"role",
//     "entries":[{"exercise","scheme","grouping"}]}]}]}]},
//    "volume":{"muscles":[{"muscle","sets","direct_sets"}],"groups":[{"group","sets","direct_sets"}],
//     "actions":[{"action","sets"}]},
//    "sessions":[{"week","day","minutes","sets"}],
//    "findings":[{"kind","severity","message","muscles","groups","actions"}],
//    "findings_omitted"}
// `exercise` is the exercise's id, `scheme` its canonical text, `grouping` the
// grouping's kind or null; `name` and `title` are null when not written;
// `minutes` is null when the session's length cannot be estimated (an AMAP or
// strip set with no stated block length); `findings_omitted` counts the
// findings past the list's capacity (0 when every finding is listed). Volume
// lists every entity of the model, in model order, as weekly fractional sets.
// Uses <string>, so the core headers never include it.
#pragma once

#include <cstddef>
#include <string>

#include <sinew/json_text.hpp>
#include <sinew/notation/format.hpp>
#include <sinew/programs/analysis.hpp>
#include <sinew/programs/program.hpp>

namespace sinew::json {

namespace detail {

inline void optional_text(std::string& out, text_view t) {
  if (t.empty()) out += "null";
  else (void)append_quoted(out, t);
}

template <program_limits L>
void program_value(std::string& out, const basic_program<L>& p, span<const exercise_record> catalog) {
  out += "{\"name\":";
  optional_text(out, p.name);
  out += ",\"weeks\":[";
  for (std::size_t wi = 0; wi != p.weeks().size(); ++wi) {
    const auto& w = p.weeks()[wi];
    out += wi == 0 ? "" : ",";
    out += "{\"week\":" + std::to_string(w.number) + ",\"sessions\":[";
    for (std::size_t si = 0; si != w.session_count; ++si) {
      const auto& s = p.sessions(w)[si];
      out += si == 0 ? "" : ",";
      out += "{\"day\":" + std::to_string(s.day) + ",\"title\":";
      optional_text(out, s.title);
      out += ",\"blocks\":[";
      for (std::size_t bi = 0; bi != s.block_count; ++bi) {
        const auto& b = p.blocks(s)[bi];
        out += bi == 0 ? "" : ",";
        out += "{\"role\":";
        (void)append_quoted(out, name_of(b.role));
        out += ",\"entries\":[";
        for (std::size_t ei = 0; ei != b.entry_count; ++ei) {
          const auto& e = p.entries(b)[ei];
          out += ei == 0 ? "" : ",";
          out += "{\"exercise\":";
          if (e.exercise.index < catalog.size()) (void)append_quoted(out, catalog[e.exercise.index].id);
          else out += "null";
          out += ",\"scheme\":";
          (void)append_quoted(out, format(e.scheme).view());
          out += ",\"grouping\":";
          if (const auto* g = p.grouping_of(e)) (void)append_quoted(out, name_of(g->kind));
          else out += "null";
          out += '}';
        }
        out += "]}";
      }
      out += "]}";
    }
    out += "]}";
  }
  out += "]}";
}

template <class Set, class Name>
void id_list(std::string& out, const Set& s, Name name) {
  out += '[';
  bool first = true;
  s.for_each([&](auto id) {
    out += first ? "" : ",";
    first = false;
    (void)append_quoted(out, name(id));
  });
  out += ']';
}

template <class Model, program_limits L>
void analysis_value(std::string& out, const program_analysis<Model, L>& a) {
  out += "\"volume\":{\"muscles\":[";
  for (std::size_t m = 0; m != Model::muscle_count; ++m) {
    out += m == 0 ? "{\"muscle\":" : ",{\"muscle\":";
    (void)append_quoted(out, Model::info(muscle_id{static_cast<std::uint16_t>(m)}).id);
    out += ",\"sets\":";
    append_number(out, a.muscles[m].sets);
    out += ",\"direct_sets\":";
    append_number(out, a.muscles[m].direct_sets);
    out += '}';
  }
  out += "],\"groups\":[";
  for (std::size_t g = 0; g != Model::group_count; ++g) {
    out += g == 0 ? "{\"group\":" : ",{\"group\":";
    (void)append_quoted(out, Model::info(group_id{static_cast<std::uint8_t>(g)}).id);
    out += ",\"sets\":";
    append_number(out, a.groups[g].sets);
    out += ",\"direct_sets\":";
    append_number(out, a.groups[g].direct_sets);
    out += '}';
  }
  out += "],\"actions\":[";
  for (std::size_t x = 0; x != Model::action_count; ++x) {
    out += x == 0 ? "{\"action\":" : ",{\"action\":";
    (void)append_quoted(out, Model::info(action_id{static_cast<std::uint8_t>(x)}).id);
    out += ",\"sets\":";
    append_number(out, a.actions[x]);
    out += '}';
  }
  out += "]},\"sessions\":[";
  for (std::size_t i = 0; i != a.session_count; ++i) {
    const auto& s = a.sessions[i];
    out += i == 0 ? "" : ",";
    out += "{\"week\":" + std::to_string(s.week) + ",\"day\":" + std::to_string(s.day) + ",\"minutes\":";
    out += s.seconds.known ? std::to_string(s.minutes()) : std::string("null");  // AMAP, strip sets: not estimated
    out += ",\"sets\":" + std::to_string(s.sets) + '}';
  }
  out += "],\"findings\":[";
  for (std::size_t i = 0; i != a.findings.size(); ++i) {
    const auto& f = a.findings[i];
    out += i == 0 ? "{\"kind\":" : ",{\"kind\":";
    (void)append_quoted(out, name_of(f.kind));
    out += ",\"severity\":";
    (void)append_quoted(out, name_of(f.severity));
    out += ",\"message\":";
    (void)append_quoted(out, f.message());
    out += ",\"muscles\":";
    id_list(out, f.muscles, [](muscle_id m) { return Model::info(m).id; });
    out += ",\"groups\":";
    id_list(out, f.groups, [](group_id g) { return Model::info(g).id; });
    out += ",\"actions\":";
    id_list(out, f.actions, [](action_id x) { return Model::info(x).id; });
    out += '}';
  }
  out += "],\"findings_omitted\":" + std::to_string(a.findings.omitted);
}

}  // namespace detail

/// The program alone: `{"name","weeks":[...]}`.
template <program_limits L>
[[nodiscard]] std::string to_json(const basic_program<L>& p, span<const exercise_record> catalog = builtin_catalog()) {
  std::string out;
  detail::program_value(out, p, catalog);
  return out;
}

/// The program and its analysis: the document of `sinew check --json`.
template <class Model, program_limits L>
[[nodiscard]] std::string to_json(const basic_program<L>& p, const program_analysis<Model, L>& a,
                                  span<const exercise_record> catalog = builtin_catalog()) {
  std::string out = "{\"program\":";
  detail::program_value(out, p, catalog);
  out += ',';
  detail::analysis_value(out, a);
  out += '}';
  return out;
}

}  // namespace sinew::json
