// Scheme literals checked at compile time: `sinew::scheme<"3x15 @301">` and,
// with `using namespace sinew::literals`, `"3x15 @301"_scheme`. Text that does
// not read, or reads as a scheme that breaks a rule, stops compilation; the
// compiler quotes the sentence of the message and names the byte position in
// the call `sinew::notation_error_at_byte<N>` (after the CTRE idiom).
#pragma once

#include <cstddef>
#include <sinew/text_view.hpp>

#include <sinew/detail/fixed_string.hpp>
#include <sinew/notation/messages.hpp>
#include <sinew/notation/parse.hpp>

namespace sinew {

template <std::size_t Byte>
consteval void notation_error_at_byte(std::size_t byte, text_view message) noexcept;

namespace detail {

/// Stops constant evaluation on the line that quotes `message`.
consteval void stop_with(text_view message) noexcept {
  stop_on_message<rule>(message);
  stop_on_message<expectation>(message);
}

template <fixed_string Text>
consteval set_scheme scheme_literal() noexcept {
  constexpr auto parsed = parse_scheme(Text.view());
  if constexpr (!parsed.has_value()) {
    notation_error_at_byte<parsed.error().position>(parsed.error().position, parsed.error().message);
    return set_scheme{};
  } else {
    return parsed.value();
  }
}

template <fixed_string Text>
consteval block line_literal() noexcept {
  constexpr auto parsed = sinew::parse(Text.view());
  if constexpr (!parsed.has_value()) {
    notation_error_at_byte<parsed.error().position>(parsed.error().position, parsed.error().message);
    return block{};
  } else {
    return parsed.value();
  }
}

}  // namespace detail

/// Reached only when a literal does not read: its template argument, the byte
/// offset of the error, shows in the compiler's trace, and the message's
/// sentence on the line that stops evaluation.
template <std::size_t Byte>
consteval void notation_error_at_byte(std::size_t /*byte*/, text_view message) noexcept {
  detail::stop_with(message);
}

/// A set scheme read from text at compile time.
template <detail::fixed_string Text>
inline constexpr set_scheme scheme = detail::scheme_literal<Text>();

/// Any line (scheme, grouping, block) read at compile time; names view the literal.
template <detail::fixed_string Text>
inline constexpr block line = detail::line_literal<Text>();

namespace literals {
template <detail::fixed_string Text>
consteval set_scheme operator""_scheme() noexcept {
  return detail::scheme_literal<Text>();
}
}  // namespace literals

}  // namespace sinew
