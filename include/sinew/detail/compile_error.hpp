// One way to state a rule, for every layer. A rule has a name and one sentence
// starting with "sinew:"; broken at run time it is an error value holding the
// sentence, broken in constant evaluation it is a compiler error that quotes
// the sentence. The quoting is what shapes the mechanism: `rule_broken` is
// deliberately not constexpr, reaching it while evaluating a constant stops
// compilation, and both g++ and clang quote the calling line (clang prints a
// string template argument as numbers, so the sentence cannot travel as one).
// So each rule's sentence is written once, as a literal, on the line that calls
// rule_broken: a layer declares its rules as an enum and one `statement_of`
// function whose cases are SINEW_RULE lines, and everything else - the message,
// the name, the error value, stopping compilation - is read from there by the
// functions below, whatever the layer.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/traits.hpp>
#include <sinew/result.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// A rule as a layer states it: its name (the enumerator's) and its sentence,
/// which is the run-time message and the text the compiler quotes.
struct rule_statement {
  text_view name{};
  text_view message{};
};

namespace detail {
inline void rule_broken(const char* /*sentence*/) noexcept {}
}  // namespace detail

/// An enum of rules: `statement_of(r, stop)`, found by argument-dependent
/// lookup, gives each enumerator's statement and, with `stop` set in constant
/// evaluation, stops on the line that states it.
template <class R>
concept DeclaredRule = detail::is_enum_v<R> && requires(R r, bool stop) {
  { statement_of(r, stop) } -> detail::same_as<rule_statement>;
};

/// The sentence of a rule.
template <DeclaredRule R>
[[nodiscard]] constexpr text_view rule_message(R r) noexcept {
  return statement_of(r, false).message;
}
/// The name of a rule (its enumerator).
template <DeclaredRule R>
[[nodiscard]] constexpr text_view rule_name(R r) noexcept {
  return statement_of(r, false).name;
}
/// The error value of a broken rule, at byte `at` of a text when there is one.
template <DeclaredRule R>
[[nodiscard]] constexpr error rule_error(R r, std::size_t at = error::no_position) noexcept {
  return error{statement_of(r, false).message, at};
}
/// Stops constant evaluation with a compiler error that quotes the rule's
/// sentence; does nothing at run time.
template <DeclaredRule R>
constexpr void stop_on(R r) noexcept {
  (void)statement_of(r, true);
}
/// Stops constant evaluation on the rule of `R` whose sentence is `message`
/// (a message read from an error value); does nothing when none has it.
template <DeclaredRule R>
constexpr void stop_on_message(text_view message) noexcept {
  using U = detail::underlying_type_t<R>;
  static_assert(sizeof(U) == 1, "sinew: a rule enum has at most 256 rules");
  for (unsigned u = 0; u != 256; ++u)
    if (statement_of(static_cast<R>(u), false).message == message) stop_on(static_cast<R>(u));
}

}  // namespace sinew

/// One case of a `statement_of(Rule r, bool stop)` switch: the rule `Rule::name`
/// and its sentence, written once on this line, which the compiler quotes when
/// `stop` is set in constant evaluation. The one macro of sinew's rules.
#define SINEW_RULE(Rule, name, sentence)                \
  case Rule::name:                                      \
    if (stop) ::sinew::detail::rule_broken(sentence);   \
    return ::sinew::rule_statement { #name, sentence }
