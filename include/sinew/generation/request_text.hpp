// A plan_request's fields read from text, as a user types them on a command
// line or in a form: a whole number within its field's range, the equipment at
// hand ("barbell, dumbbell, trap bar"), the training weekdays ("mon,thu"), a
// priority named as a muscle, a muscle group or an action (its id or its name:
// "glutes", "Gluteus Medius", "hip abduction"), and exercises to leave out or to
// keep, by any name people give them (programs/exercise_names.hpp). The words
// are the vocabularies the rest of sinew reads (exercises/names.hpp for the
// equipment, programs/program.hpp for the weekdays, the anatomy model's ids and
// names): nothing is spelled twice. Constexpr and allocation-free; an error is
// a sinew::error whose message says what was expected and whose position is
// the byte where the offending item starts in the text it was read from.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/anatomy/lower_body.hpp>
#include <sinew/detail/ascii.hpp>
#include <sinew/exercises/names.hpp>
#include <sinew/generation/request.hpp>
#include <sinew/programs/exercise_names.hpp>
#include <sinew/programs/program.hpp>
#include <sinew/result.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

inline constexpr text_view msg_request_empty_item = "sinew: a list has an empty item (items are separated by commas)";
inline constexpr text_view msg_request_not_a_number = "sinew: expected a whole number (digits only)";
inline constexpr text_view msg_request_number_too_large = "sinew: the number is larger than this input allows";
inline constexpr text_view msg_request_unknown_weekday =
    "sinew: expected a weekday: monday (mon), tuesday (tue), wednesday (wed), thursday (thu), friday (fri), "
    "saturday (sat) or sunday (sun)";
inline constexpr text_view msg_request_unknown_target =
    "sinew: expected a muscle, a muscle group or an action of the model, by its id or its name";
inline constexpr text_view msg_request_list_full = "sinew: at most 16 exercises can be excluded, and 16 required";

namespace detail {

/// Whether `typed` names `word` (a snake_case id or a display name): ASCII case
/// folded, a blank, '-' and '_' alike, blanks at either end ignored.
[[nodiscard]] constexpr bool names_word(text_view typed, text_view word) noexcept {
  typed = ascii::trim(typed);
  if (typed.size() != word.size() || typed.empty()) return false;
  const auto fold = [](char c) { return c == ' ' || c == '-' ? '_' : ascii::lower(c); };
  for (std::size_t i = 0; i != typed.size(); ++i)
    if (fold(typed[i]) != fold(word[i])) return false;
  return true;
}

/// Calls `item(text, position)` for each comma-separated item of `list`,
/// trimmed, in order; stops at the first error it returns (an error{} with an
/// empty message is success). An empty item (",," or a list of blanks) is an
/// error at its place.
template <class Item>
[[nodiscard]] constexpr error for_each_item(text_view list, Item&& item) noexcept {
  std::size_t begin = 0;
  while (true) {
    std::size_t end = list.find(',', begin);
    if (end == text_view::npos) end = list.size();
    const ascii::trimmed t = ascii::trim(list, begin, end);
    if (t.text.empty()) return error{msg_request_empty_item, begin};
    const error e = item(t.text, t.position);
    if (!e.message.empty()) return e;
    if (end == list.size()) return error{};
    begin = end + 1;
  }
}

}  // namespace detail

/// A whole number of at most `max` ("0" to "max", digits only, blanks at
/// either end ignored).
[[nodiscard]] constexpr result<std::uint64_t> parse_whole_number(text_view text, std::uint64_t max) noexcept {
  const detail::ascii::trimmed t = detail::ascii::trim(text, 0, text.size());
  if (t.text.empty()) return error{msg_request_not_a_number, t.position};
  std::uint64_t v = 0;
  for (std::size_t i = 0; i != t.text.size(); ++i) {
    const char c = t.text[i];
    if (!detail::ascii::is_digit(c)) return error{msg_request_not_a_number, t.position + i};
    const auto d = static_cast<std::uint64_t>(c - '0');
    if (v > max / 10 || d > max - v * 10) return error{msg_request_number_too_large, t.position};
    v = v * 10 + d;
  }
  return v;
}

/// One piece of equipment by its word (exercises/names.hpp), case and
/// separators aside: "trap bar" is trap_bar.
[[nodiscard]] constexpr result<equipment> parse_equipment_name(text_view text) noexcept {
  const auto words = words_of<equipment>();
  for (std::size_t i = 0; i != words.size(); ++i)
    if (detail::names_word(text, words[i])) return static_cast<equipment>(i);
  return error{expected_choices<equipment>()};
}

/// "barbell, dumbbell, cable": the equipment at hand. The error's position is
/// the first item that is not a piece of equipment (or is empty).
[[nodiscard]] constexpr result<equipment_set> parse_equipment_list(text_view list) noexcept {
  equipment_set out{};
  const error e = detail::for_each_item(list, [&](text_view item, std::size_t at) {
    const auto q = parse_equipment_name(item);
    if (!q) return error{q.error().message, at};
    out.insert(*q);
    return error{};
  });
  if (!e.message.empty()) return e;
  return out;
}

/// A weekday by its name or a short form ("monday", "Mon", "thurs"), the
/// words a program file's day header reads.
[[nodiscard]] constexpr result<weekday> parse_weekday(text_view text) noexcept {
  for (std::size_t d = 0; d != 7; ++d)
    for (const text_view w : detail::weekday_words[d])
      if (!w.empty() && detail::names_word(text, w)) return static_cast<weekday>(d + 1);
  return error{msg_request_unknown_weekday};
}

/// "mon,thu": fixed training days.
[[nodiscard]] constexpr result<weekday_set> parse_weekday_list(text_view list) noexcept {
  weekday_set out{};
  const error e = detail::for_each_item(list, [&](text_view item, std::size_t at) {
    const auto d = parse_weekday(item);
    if (!d) return error{d.error().message, at};
    out.insert(*d);
    return error{};
  });
  if (!e.message.empty()) return e;
  return out;
}

/// What a priority names: a muscle group, a muscle or an action of a model.
enum class plan_target_kind : std::uint8_t { group, muscle, action };

struct plan_target {
  plan_target_kind kind = plan_target_kind::group;
  group_id group{};
  muscle_id muscle{};
  action_id action{};
  friend constexpr bool operator==(const plan_target&, const plan_target&) noexcept = default;
};

/// The group, muscle or action a name means, by its id or its display name
/// (case and separators aside), looked up in that order: "glutes",
/// "gluteus_medius", "Gluteus Medius", "hip abduction".
template <class Model = lower_body_model>
[[nodiscard]] constexpr result<plan_target> find_plan_target(text_view name) noexcept {
  const auto named = [&](const auto& info) { return detail::names_word(name, info.id) || detail::names_word(name, info.name); };
  for (std::size_t i = 0; i != Model::groups().size(); ++i)
    if (named(Model::groups()[i]))
      return plan_target{plan_target_kind::group, group_id{static_cast<decltype(group_id{}.index)>(i)}, {}, {}};
  for (std::size_t i = 0; i != Model::muscles().size(); ++i)
    if (named(Model::muscles()[i]))
      return plan_target{plan_target_kind::muscle, {}, muscle_id{static_cast<decltype(muscle_id{}.index)>(i)}, {}};
  for (std::size_t i = 0; i != Model::actions().size(); ++i)
    if (named(Model::actions()[i]))
      return plan_target{plan_target_kind::action, {}, {}, action_id{static_cast<decltype(action_id{}.index)>(i)}};
  return error{msg_request_unknown_target};
}

/// Adds what `name` means to the priorities; the target, or why it is none.
template <class Model = lower_body_model>
[[nodiscard]] constexpr result<plan_target> add_priority(plan_priorities& p, text_view name) noexcept {
  const auto t = find_plan_target<Model>(name);
  if (!t) return t;
  switch (t->kind) {
    case plan_target_kind::group: p.groups.insert(t->group); break;
    case plan_target_kind::muscle: p.muscles.insert(t->muscle); break;
    case plan_target_kind::action: p.actions.insert(t->action); break;
  }
  return t;
}

/// Adds the built-in exercise a written name means ("RDL", "Squat (Barbell)")
/// to `list` (a request's exclude or require list): the exercise, or why not
/// (match_exercise's message: unknown, ambiguous, too long; or the list is
/// full). match_exercise_name gives the candidates to suggest.
[[nodiscard]] constexpr result<exercise_id> add_named_exercise(exercise_list& list, text_view name) noexcept {
  const auto e = match_exercise(name);
  if (!e) return e;
  if (!list.add(*e)) return error{msg_request_list_full};
  return e;
}

}  // namespace sinew
