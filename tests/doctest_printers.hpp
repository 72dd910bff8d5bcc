// How doctest prints sinew's values when a check fails, so that a failure says
// what differed instead of "{?} == {?}". Every doctest translation unit sees
// this header: sinew_add_doctest (tests/CMakeLists.txt) force-includes it, as a
// StringMaker specialisation must be visible where the check is instantiated.
// Ids print as their snake_case ids, sets as "{soleus, plantaris}", schemes and
// lines in canonical notation, errors with their byte position, figures as
// "12-15" or "unknown", enums by their names where sinew has names for them.
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <sstream>
#include <string>

#include <sinew/io.hpp>
#include <sinew/sinew.hpp>

namespace sinew_test::printers {

template <class T>
doctest::String streamed(const T& value) {
  std::ostringstream os;
  os << value;
  return doctest::String(os.str().c_str());
}

inline doctest::String quoted(sinew::text_view t) {
  std::string s = "\"";
  for (const char c : t) {
    if (c == '"' || c == '\\') s += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      static constexpr char hex[] = "0123456789abcdef";
      s += "\\x";
      s += hex[(static_cast<unsigned char>(c) >> 4U) & 0xFU];
      s += hex[static_cast<unsigned char>(c) & 0xFU];
      continue;
    }
    s += c;
  }
  s += '"';
  return doctest::String(s.c_str());
}

inline std::string figure_text(const sinew::figure& f) {
  if (!f.known) return "unknown";
  std::string s = std::to_string(f.min);
  if (f.max != f.min) s += "-" + std::to_string(f.max);
  return s;
}

}  // namespace sinew_test::printers

namespace doctest {

template <>
struct StringMaker<sinew::text_view> {
  static String convert(sinew::text_view t) { return sinew_test::printers::quoted(t); }
};

template <std::size_t N>
struct StringMaker<sinew::fixed_text<N>> {
  static String convert(const sinew::fixed_text<N>& t) {
    String s = sinew_test::printers::quoted(t.view());
    if (t.truncated) s += " (truncated)";
    return s;
  }
};

template <class Index, class Tag>
struct StringMaker<sinew::detail::basic_id<Index, Tag>> {
  static String convert(sinew::detail::basic_id<Index, Tag> id) { return sinew_test::printers::streamed(id); }
};

template <>
struct StringMaker<sinew::exercise_id> {
  static String convert(sinew::exercise_id id) { return sinew_test::printers::streamed(id); }
};

template <class Id, std::size_t Capacity>
struct StringMaker<sinew::detail::id_set<Id, Capacity>> {
  static String convert(const sinew::detail::id_set<Id, Capacity>& s) { return sinew_test::printers::streamed(s); }
};

template <>
struct StringMaker<sinew::set_scheme> {
  static String convert(const sinew::set_scheme& s) { return sinew_test::printers::quoted(sinew::format(s).view()); }
};
template <>
struct StringMaker<sinew::grouping> {
  static String convert(const sinew::grouping& g) { return sinew_test::printers::quoted(sinew::format(g).view()); }
};
template <>
struct StringMaker<sinew::block> {
  static String convert(const sinew::block& b) { return sinew_test::printers::quoted(sinew::format(b).view()); }
};

template <>
struct StringMaker<sinew::error> {
  static String convert(const sinew::error& e) {
    return String("error ") + sinew_test::printers::quoted(e.message) +
           (e.has_position() ? String(" at byte ") + toString(e.position) : String(""));
  }
};

template <class T>
struct StringMaker<sinew::result<T>> {
  static String convert(const sinew::result<T>& r) {
    if (!r) return StringMaker<sinew::error>::convert(r.error());
    return String("value ") + toString(*r);
  }
};

template <>
struct StringMaker<sinew::figure> {
  static String convert(const sinew::figure& f) { return String(sinew_test::printers::figure_text(f).c_str()); }
};

template <>
struct StringMaker<sinew::figures> {
  static String convert(const sinew::figures& f) {
    using sinew_test::printers::figure_text;
    const std::string s = "{sets " + std::to_string(f.total_sets) + ", reps " + figure_text(f.total_reps) +
                          ", per side " + figure_text(f.reps_per_side) + ", tension " +
                          figure_text(f.time_under_tension) + " s, duration " + figure_text(f.duration) +
                          " s, volume " + figure_text(f.volume_load) + " tenths (unit " +
                          std::to_string(static_cast<unsigned>(f.volume_unit)) + ")}";
    return String(s.c_str());
  }
};

template <>
struct StringMaker<sinew::muscle_work> {
  static String convert(const sinew::muscle_work& w) {
    std::ostringstream os;
    os << '{' << w.muscle << ' ' << sinew::name_of(w.role) << ' ' << sinew::name_of(w.length) << ' ' << w.emphasis
       << '}';
    return String(os.str().c_str());
  }
};

}  // namespace doctest

// Enums: doctest prints an enum as its number through a toString template that
// bypasses StringMaker; these overloads are a better match, found by ADL.
namespace sinew {
#define SINEW_TEST_NAMED_ENUM(E) \
  inline doctest::String toString(E v) { return doctest::String(std::string(name_of(v)).c_str()); }
SINEW_TEST_NAMED_ENUM(muscle_role)
SINEW_TEST_NAMED_ENUM(muscle_length)
SINEW_TEST_NAMED_ENUM(equipment)
SINEW_TEST_NAMED_ENUM(movement_pattern)
SINEW_TEST_NAMED_ENUM(mechanic)
SINEW_TEST_NAMED_ENUM(laterality)
SINEW_TEST_NAMED_ENUM(spinal_load)
SINEW_TEST_NAMED_ENUM(load_peak)
SINEW_TEST_NAMED_ENUM(difficulty)
SINEW_TEST_NAMED_ENUM(coverage)
SINEW_TEST_NAMED_ENUM(chain)
SINEW_TEST_NAMED_ENUM(joint_complex)
SINEW_TEST_NAMED_ENUM(action_role)
SINEW_TEST_NAMED_ENUM(motion)
#undef SINEW_TEST_NAMED_ENUM
inline doctest::String toString(exercise_rule r) { return doctest::String(std::string(message(r)).c_str()); }
inline doctest::String toString(rule r) { return doctest::String(std::string(rule_text(r)).c_str()); }
}  // namespace sinew
