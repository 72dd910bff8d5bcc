// Exercises defined at run time from a short text, the way a coach would write
// them: `name: cable pull-through; loads: hip_extension; equipment: cable; pattern: hinge`.
// Entries are `key: value` separated by `;`; lists are comma-separated. Keys:
//   name (required), id (defaults to the name), loads, assists, stabilizes,
//   held (positions: a joint's id and the way it is held, knee_bent,
//   knee_straight, hip_flexed, ankle_dorsiflexed, ankle_plantar_flexed, any
//   joint of the model alike; or an action id), stance
//   (toes_forward, toes_out, wide, knees_past_toes, heel_elevated, feet_low),
//   loaded_at, equipment (required), pattern (required), laterality,
//   spinal_load, mechanic, difficulty, treats (groups, for soft-tissue work),
//   kind (strength, power, conditioning, mobility, stretch or soft_tissue;
//   strength when left out, as a record another program fills in) and
//   contraction (dynamic, isometric or locomotion; dynamic when left out).
// The same rules as compile-time definitions apply, checked by the same
// function (detail::check_statement in exercises/descriptor.hpp): at most six actions
// per role and six held positions, four treated groups, items counted as
// written; the id and the name are at most 64 bytes with no ';', '@', '"', '#',
// line break or coach label (1A.), so that program files and groupings can name
// the exercise by them (detail/exercise_name.hpp). Lifetime: the record's id and name are views into `text`, which
// must outlive the record.
#pragma once

#include <cstddef>
#include <sinew/text_view.hpp>

#include <sinew/detail/ascii.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/names.hpp>
#include <sinew/result.hpp>

namespace sinew {

namespace detail {

struct text_span {
  text_view text{};
  std::size_t position = 0;  ///< byte offset of text in the whole input
};

[[nodiscard]] constexpr text_span trim(text_view whole, std::size_t begin, std::size_t end) noexcept {
  const ascii::trimmed t = ascii::trim(whole, begin, end);
  return {t.text, t.position};
}

/// Calls f(item) for each comma-separated item of a value; stops at the first error.
template <class F>
[[nodiscard]] constexpr result<bool> for_each_item(text_view whole, text_span value, F&& f) noexcept {
  std::size_t begin = value.position;
  const std::size_t stop = value.position + value.text.size();
  while (begin <= stop) {
    std::size_t end = begin;
    while (end < stop && whole[end] != ',') ++end;
    const text_span item = trim(whole, begin, end);
    if (item.text.empty()) return error{"sinew: expected a value before ',' or ';'", item.position};
    if (auto r = f(item); !r) return r.error();
    begin = end + 1;
  }
  return true;
}

/// The words a held position is written with after its joint's id
/// (`knee_bent`, `ankle_plantar_flexed`, `glenohumeral_abducted`): the motion
/// the joint is held toward.
struct position_word {
  text_view word;
  motion toward;
};
inline constexpr position_word position_words[] = {
    {"flexed", motion::flexion},
    {"bent", motion::flexion},
    {"extended", motion::extension},
    {"straight", motion::extension},
    {"abducted", motion::abduction},
    {"adducted", motion::adduction},
    {"internally_rotated", motion::internal_rotation},
    {"externally_rotated", motion::external_rotation},
    {"plantar_flexed", motion::plantar_flexion},
    {"dorsiflexed", motion::dorsiflexion},
    {"inverted", motion::inversion},
    {"everted", motion::eversion},
    {"elevated", motion::elevation},
    {"depressed", motion::depression},
    {"protracted", motion::protraction},
    {"retracted", motion::retraction},
    {"upwardly_rotated", motion::upward_rotation},
    {"downwardly_rotated", motion::downward_rotation},
    {"pronated", motion::pronation},
    {"supinated", motion::supination},
};

/// A held position: `<joint id>_<position word>` names the action of that joint
/// in that direction, for any joint of the model; otherwise an action id.
template <class Model>
[[nodiscard]] constexpr result<action_id> parse_position_word(text_view w) noexcept {
  for (std::size_t a = 0; a != Model::action_count; ++a) {
    const action_info& act = Model::actions()[a];
    const text_view joint = Model::info(act.joint).id;
    if (w.size() <= joint.size() + 1 || w.substr(0, joint.size()) != joint || w[joint.size()] != '_') continue;
    const text_view rest = w.substr(joint.size() + 1);
    for (const position_word& p : position_words)
      if (p.toward == act.direction && p.word == rest) return action_id{static_cast<std::uint8_t>(a)};
  }
  return Model::find_action(w);
}

}  // namespace detail

/// Parses one exercise; its action and group ids are those of `Model`. Errors
/// carry the byte position and say what was expected.
template <class Model = lower_body_model>
[[nodiscard]] constexpr result<exercise_record> parse_exercise(text_view text) noexcept {
  exercise_record r{};
  bool has_name = false, has_id = false, has_pattern = false, has_mechanic = false;
  std::size_t seen = 0;  // bit per key, to refuse duplicates
  std::size_t at_assists = 0, at_stabilizes = 0, at_held = 0, at_equipment = text.size(), at_stance = 0;
  std::size_t at_name = 0, at_id = 0;
  detail::statement_facts facts{};
  std::size_t at_too_many = error::no_position;  // the first item past a list's limit
  const auto count_item = [&](std::size_t& count, std::size_t limit, std::size_t position) {
    if (++count > limit && at_too_many == error::no_position) at_too_many = position;
  };
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = begin;
    while (end < text.size() && text[end] != ';') ++end;
    const detail::text_span entry = detail::trim(text, begin, end);
    begin = end + 1;
    if (entry.text.empty()) continue;
    const std::size_t colon = entry.text.find(':');
    if (colon == text_view::npos) return error{"sinew: expected 'key: value'", entry.position};
    const detail::text_span key = detail::trim(text, entry.position, entry.position + colon);
    const detail::text_span value = detail::trim(text, entry.position + colon + 1, entry.position + entry.text.size());
    if (value.text.empty()) return error{"sinew: expected a value after ':'", value.position};

    constexpr text_view keys[] = {"name",    "id",      "loads",       "assists",   "stabilizes",
                                         "held",    "stance",  "loaded_at",   "equipment", "pattern",
                                         "laterality", "spinal_load", "mechanic", "difficulty", "treats",
                                         "kind",    "contraction"};
    std::size_t k = 0;
    while (k != sizeof(keys) / sizeof(keys[0]) && keys[k] != key.text) ++k;
    if (k == sizeof(keys) / sizeof(keys[0]))
      return error{"sinew: expected a key: name, id, loads, assists, stabilizes, held, stance, loaded_at, equipment, "
                   "pattern, laterality, spinal_load, mechanic, difficulty, treats, kind or contraction",
                   key.position};
    if ((seen >> k) & 1U) return error{"sinew: expected each key once", key.position};
    seen |= std::size_t{1} << k;

    const auto actions_into = [&](action_set& into, std::size_t& count) {
      return detail::for_each_item(text, value, [&](detail::text_span item) -> result<bool> {
        auto a = Model::find_action(item.text);
        if (!a) return error{"sinew: expected an action id such as hip_extension or knee_flexion", item.position};
        into.insert(*a);
        count_item(count, max_actions_per_role, item.position);
        return true;
      });
    };
    result<bool> ok = true;
    switch (k) {
      case 0: r.name = value.text; has_name = true; at_name = value.position; break;
      case 1: r.id = value.text; has_id = true; at_id = value.position; break;
      case 2: ok = actions_into(r.loads, facts.loads); break;
      case 3: at_assists = value.position; ok = actions_into(r.assists, facts.assists); break;
      case 4: at_stabilizes = value.position; ok = actions_into(r.stabilizes, facts.stabilizes); break;
      case 5:
        at_held = value.position;
        ok = detail::for_each_item(text, value, [&](detail::text_span item) -> result<bool> {
          auto a = detail::parse_position_word<Model>(item.text);
          if (!a)
            return error{"sinew: expected a position: knee_bent, knee_straight, hip_flexed, hip_extended, "
                         "ankle_dorsiflexed, ankle_plantar_flexed or an action id",
                         item.position};
          r.held_toward.insert(*a);
          count_item(facts.held, max_actions_per_role, item.position);
          return true;
        });
        break;
      case 6:
        at_stance = value.position;
        ok = detail::for_each_item(text, value, [&](detail::text_span item) -> result<bool> {
          const text_view w = item.text;
          stance s{};
          if (w == "toes_forward") s = stance::toes_forward;
          else if (w == "toes_out") s = stance::toes_out;
          else if (w == "wide") s = stance::wide;
          else if (w == "knees_past_toes" || w == "heel_elevated" || w == "feet_low") s = stance::knees_past_toes;
          else
            return error{"sinew: expected a stance: toes_forward, toes_out, wide, knees_past_toes, heel_elevated or feet_low",
                         item.position};
          r.stance.bits = static_cast<std::uint8_t>(r.stance.bits | static_cast<std::uint8_t>(s));
          return true;
        });
        break;
      case 7: {
        auto v = parse_load_peak(value.text);
        if (!v) return error{v.error().message, value.position};
        r.loaded_at = *v;
        break;
      }
      case 8:
        at_equipment = value.position;
        ok = detail::for_each_item(text, value, [&](detail::text_span item) -> result<bool> {
          auto e = parse_equipment(item.text);
          if (!e) return error{e.error().message, item.position};
          r.equipment.insert(*e);
          return true;
        });
        break;
      case 9: {
        auto v = parse_pattern(value.text);
        if (!v) return error{v.error().message, value.position};
        r.pattern = *v;
        has_pattern = true;
        break;
      }
      case 10: {
        auto v = parse_laterality(value.text);
        if (!v) return error{v.error().message, value.position};
        r.laterality = *v;
        break;
      }
      case 11: {
        auto v = parse_spinal_load(value.text);
        if (!v) return error{v.error().message, value.position};
        r.spinal_load = *v;
        break;
      }
      case 12: {
        auto v = parse_mechanic(value.text);
        if (!v) return error{v.error().message, value.position};
        r.mechanic = *v;
        has_mechanic = true;
        break;
      }
      case 13: {
        auto v = parse_difficulty(value.text);
        if (!v) return error{v.error().message, value.position};
        r.difficulty = *v;
        break;
      }
      case 15: {
        auto v = parse_exercise_kind(value.text);
        if (!v) return error{v.error().message, value.position};
        r.kind = *v;
        break;
      }
      case 16: {
        auto v = parse_contraction(value.text);
        if (!v) return error{v.error().message, value.position};
        r.contraction = *v;
        break;
      }
      default:
        ok = detail::for_each_item(text, value, [&](detail::text_span item) -> result<bool> {
          auto g = Model::find_group(item.text);
          if (!g) return error{"sinew: expected a muscle group id such as hamstrings or quadriceps", item.position};
          r.treats.insert(*g);
          count_item(facts.treats, max_treated_groups, item.position);
          return true;
        });
        break;
    }
    if (!ok) return ok.error();
  }
  if (!has_name) return error{"sinew: expected a 'name:' entry", text.size()};
  if (!has_pattern) return error{"sinew: expected a 'pattern:' entry", text.size()};
  if (!has_id) {
    r.id = r.name;
    at_id = at_name;
  }
  facts.load_set = r.loads;
  facts.assist_set = r.assists;
  facts.stabilize_set = r.stabilizes;
  facts.held_set = r.held_toward;
  facts.treat_set = r.treats;
  facts.equipment = r.equipment;
  facts.stance = r.stance;
  facts.names_writable = detail::writable_exercise_name(r.id) && detail::writable_exercise_name(r.name);
  // Every id was looked up in the model, so facts.ids_known holds; the rule is
  // still checked by the one function both paths share.
  const exercise_rule broken = detail::check_statement<Model>(facts);
  switch (broken) {
    case exercise_rule::ok: break;
    case exercise_rule::no_loaded_action: return error{message(broken), text.size()};
    case exercise_rule::primary_and_assisting: return error{message(broken), at_assists};
    case exercise_rule::loaded_and_stabilized: return error{message(broken), at_stabilizes};
    case exercise_rule::position_on_moving_axis: return error{message(broken), at_held};
    case exercise_rule::opposite_positions: return error{message(broken), at_held};
    case exercise_rule::no_equipment: return error{message(broken), at_equipment};
    case exercise_rule::toes_forward_and_out: return error{message(broken), at_stance};
    case exercise_rule::too_many_actions: return error{message(broken), at_too_many};
    case exercise_rule::unknown_entity: return error{message(broken), 0};
    case exercise_rule::no_pattern: return error{message(broken), text.size()};  // checked above; kept for the switch
    case exercise_rule::kind_unstated:         // a text statement's kind and contraction are read
    case exercise_rule::contraction_unstated:  // from their names, or default to strength, dynamic
      return error{message(broken), text.size()};
    case exercise_rule::name_unwritable: return error{message(broken), detail::writable_exercise_name(r.name) ? at_id : at_name};
  }
  if (!has_mechanic) r.mechanic = detail::derived_mechanic<Model>(r.loads | r.assists);
  return r;
}

}  // namespace sinew
