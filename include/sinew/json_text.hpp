// Opt-in JSON text, shared by every JSON header of sinew (anatomy, exercises,
// notation): text as JSON string literals that are always valid UTF-8 JSON
// (RFC 8259), and numbers as JSON numbers, written locale-free the way a C++
// stream writes them. Uses <string>, so the core headers never include it.
#pragma once

#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

namespace sinew::json {
/// The length of the well-formed UTF-8 sequence starting at `s[i]` (1 to 4), or
/// 0 when the bytes there are not UTF-8: a stray continuation byte, a truncated
/// sequence, an overlong form, a surrogate or a code point above U+10FFFF.
[[nodiscard]] constexpr std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = at(i);
  if (b < 0x80U) return 1;
  std::size_t n = 0;
  unsigned char low = 0x80U, high = 0xBFU;  // the allowed range of the second byte
  if (b >= 0xC2U && b <= 0xDFU) n = 2;
  else if (b == 0xE0U) n = 3, low = 0xA0U;
  else if (b == 0xEDU) n = 3, high = 0x9FU;  // no UTF-16 surrogates
  else if (b >= 0xE1U && b <= 0xEFU) n = 3;
  else if (b == 0xF0U) n = 4, low = 0x90U;
  else if (b == 0xF4U) n = 4, high = 0x8FU;  // nothing above U+10FFFF
  else if (b >= 0xF1U && b <= 0xF3U) n = 4;
  else return 0;
  if (s.size() - i < n || at(i + 1) < low || at(i + 1) > high) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if ((at(i + k) & 0xC0U) != 0x80U) return 0;
  return n;
}

/// Appends `s` to `out` as a JSON string literal (quotes and escapes included).
/// The literal is always valid UTF-8 JSON: control characters (C0, DEL, C1) are
/// written as \u escapes, and each byte that is not part of well-formed UTF-8 as
/// \ufffd (the replacement character). Returns how many bytes were replaced, so
/// that a caller who must not lose text can refuse it instead (the sinew tool
/// refuses such input before it gets here).
inline std::size_t append_quoted(std::string& out, std::string_view s) {
  constexpr char hex[] = "0123456789abcdef";
  const auto escape = [&](unsigned code) {
    out += "\\u00";
    out += hex[(code >> 4) & 0xFU];
    out += hex[code & 0xFU];
  };
  std::size_t replaced = 0;
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    const auto byte = static_cast<unsigned char>(c);
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      out += "\\ufffd";
      ++replaced;
      ++i;
      continue;
    }
    if (n == 2 && byte == 0xC2U && static_cast<unsigned char>(s[i + 1]) < 0xA0U) {  // C1 control, U+0080..U+009F
      escape(static_cast<unsigned char>(s[i + 1]));
      i += 2;
      continue;
    }
    if (n > 1) {
      out.append(s.substr(i, n));
      i += n;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (byte < 0x20U || byte == 0x7FU)
          escape(byte);
        else
          out += c;
    }
    ++i;
  }
  out += '"';
  return replaced;
}

/// Appends `value` as a JSON number with `significant` significant digits,
/// as printf's %g and a default std::ostream write it (6 digits: 0.42, 8.25,
/// 1e+06); `null` for a value that is not finite, which JSON cannot hold.
inline void append_number(std::string& out, double value, int significant = 6) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  char buffer[64];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, significant);
  if (written.ec != std::errc{}) {
    out += "null";
    return;
  }
  out.append(buffer, written.ptr);
}

/// Appends `value` as a JSON number with exactly `decimals` digits after the
/// point, as printf's %.Nf and std::fixed write it (0.2208); `null` for a
/// value that is not finite or too large to write.
inline void append_fixed(std::string& out, double value, int decimals) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  char buffer[128];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  if (written.ec != std::errc{}) {
    out += "null";
    return;
  }
  out.append(buffer, written.ptr);
}

}  // namespace sinew::json
