// Printing sinew's values to standard streams, opt-in: the core headers never
// include <ostream>. Ids print as their snake_case ids (from the built-in
// model and catalog; an id outside them prints as "muscle#57"), sets of ids as
// "{soleus, plantaris}", schemes and lines in their canonical notation, errors
// as their message with the byte position.
#pragma once

#include <cstddef>
#include <ostream>

#include <sinew/anatomy.hpp>
#include <sinew/exercises.hpp>
#include <sinew/notation.hpp>
#include <sinew/result.hpp>

namespace sinew {

// The ids and their sets live in sinew::detail, so their operators do too (found by ADL).
namespace detail {

template <class Table, class Id>
std::ostream& print_id(std::ostream& os, const Table& table, Id id, const char* kind) {
  if (static_cast<std::size_t>(id.index) < table.size()) return os << table[id.index].id;
  return os << kind << '#' << static_cast<unsigned>(id.index);
}

inline std::ostream& operator<<(std::ostream& os, joint_id j) { return print_id(os, lower_body.joints(), j, "joint"); }
inline std::ostream& operator<<(std::ostream& os, action_id a) { return print_id(os, lower_body.actions(), a, "action"); }
inline std::ostream& operator<<(std::ostream& os, group_id g) { return print_id(os, lower_body.groups(), g, "group"); }
inline std::ostream& operator<<(std::ostream& os, muscle_id m) { return print_id(os, lower_body.muscles(), m, "muscle"); }

template <class Id, std::size_t Capacity>
std::ostream& operator<<(std::ostream& os, const id_set<Id, Capacity>& s) {
  os << '{';
  bool first = true;
  for (auto id : s) {
    if (!first) os << ", ";
    first = false;
    os << id;
  }
  return os << '}';
}

}  // namespace detail

inline std::ostream& operator<<(std::ostream& os, exercise_id e) {
  return detail::print_id(os, builtin_exercises, e, "exercise");
}

inline std::ostream& operator<<(std::ostream& os, const set_scheme& s) { return os << format(s).view(); }
inline std::ostream& operator<<(std::ostream& os, const grouping& g) { return os << format(g).view(); }
inline std::ostream& operator<<(std::ostream& os, const block& b) { return os << format(b).view(); }

inline std::ostream& operator<<(std::ostream& os, const error& e) {
  os << e.message;
  if (e.has_position()) os << " (at byte " << e.position << ')';
  return os;
}

}  // namespace sinew
