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
    const std::size_t longest = name_start + max_exercise_name;
    std::size_t trimmed_end = end_;
    while (trimmed_end > name_start && ascii::is_blank(text_[trimmed_end - 1])) --trimmed_end;
    error best = rule_error(expectation::entry, trimmed_end);
    bool progressed = false;
    for (std::size_t w = name_start; w < end_; ++w) {
      if (scheme_may_start(w, name_start)) {
        parser sub(text_, w, end_);
        set_scheme read{};
        if (sub.scheme(read)) {
          std::size_t name_end = w;
          while (name_end > name_start && ascii::is_blank(text_[name_end - 1])) --name_end;
          if (name_end == name_start) return fail(rule::exercise_name_empty, name_start);
          if (!well_formed_name(text_.substr(name_start, name_end - name_start)))
            return fail(rule::exercise_name_malformed, name_start);
          if (const std::size_t joins = name_tail_joining(name_start, name_end, read); joins != name_end)
            return fail(rule::exercise_name_joins_scheme, joins);
          name = text_.substr(name_start, name_end - name_start);
          s = read;
          pos_ = end_;
          return true;
        }
        if (sub.err_.position > w && (!progressed || sub.err_.position > best.position)) {
          best = sub.err_;
          progressed = true;
        }
      }
      if (w >= longest && !ascii::is_blank(text_[w])) {
        if (!progressed) best = rule_error(rule::exercise_name_too_long, longest);
        break;
      }
    }
    if (!failed_) err_ = best;
    failed_ = true;
    return false;
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
