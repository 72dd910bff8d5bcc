// One exercise written alone on a line, as a program file writes it: a name
// (bare or quoted) followed by its scheme ("hip thrust 4x8-12 @301 rest 90s",
// `"warm-up" ramp 10,8,5`). The name ends where the rest of the line reads as a
// scheme, by the same tests a grouping's entry is read with
// (grouping_grammar.hpp): a scheme starts only where scheme_may_start says, and
// no tail of a bare name may join the scheme. There is no label or entry letter
// here: the program reader takes a coach's label off the line first.
#pragma once

#include <cstddef>

#include <sinew/notation/detail/grouping_grammar.hpp>
#include <sinew/schemes/grouping.hpp>
#include <sinew/schemes/set_scheme.hpp>
#include <sinew/text_view.hpp>

namespace sinew::detail {

class named_entry_parser : public parser {
 public:
  using parser::parser;

  /// Reads [pos_, end_) as "name scheme"; the name views the text.
  constexpr bool named_entry(text_view& name, set_scheme& s) noexcept {
    skip_blanks();
    const std::size_t name_start = pos_;
    if (at_end()) return fail(expectation::entry, pos_);
    if (peek() == '"') {
      grouping g{};
      if (!quoted_entry(g, end_)) return false;
      name = g.entries[0].exercise;
      s = g.entries[0].scheme;
      return true;
    }
    return bare_name_then_scheme(name_start, end_, name, s);
  }
};

/// Would `name` written bare before the canonical text of `s` read back as that
/// name and scheme (named_entry)? The program writer quotes it when not.
constexpr bool bare_named_entry_reads_back(text_view name, const set_scheme& s) noexcept {
  if (name.size() > max_exercise_name) return false;
  const scheme_text canonical = format(s);
  if (canonical.truncated) return false;
  detail::array<char, max_exercise_name + 1 + scheme_text_capacity> text{};
  std::size_t n = 0;
  for (char c : name) text[n++] = c;
  text[n++] = ' ';
  for (char c : canonical.view()) text[n++] = c;
  named_entry_parser p(text_view{text.data(), n}, 0, n);
  text_view read{};
  set_scheme back{};
  return p.named_entry(read, back) && read == name && back == s;
}

}  // namespace sinew::detail
