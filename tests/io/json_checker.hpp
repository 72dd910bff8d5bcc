// A small strict JSON reader for the tests (RFC 8259): it rejects what a strict
// reader would (trailing commas, leading zeros, NaN, raw control characters,
// ill-formed UTF-8, lone surrogates, duplicate keys, trailing text) and gives a
// tree the tests query. Not part of the library: the tests use it to prove the
// documents sinew writes are JSON that any reader takes.
#pragma once

#include <doctest/doctest.h>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <sinew/json_text.hpp>

namespace json_check {

struct value {
  enum class kind { null, boolean, number, string, array, object };
  kind type = kind::null;
  bool flag = false;
  double number = 0.0;
  std::string text;
  std::vector<value> items;     ///< an array's elements
  std::vector<std::string> keys;  ///< an object's keys, in order
  std::vector<value> values;      ///< an object's values (values[k] belongs to keys[k])

  [[nodiscard]] const value* find(std::string_view key) const {
    for (std::size_t k = 0; k != keys.size(); ++k)
      if (keys[k] == key) return &values[k];
    return nullptr;
  }
  [[nodiscard]] bool has(std::string_view key) const { return find(key) != nullptr; }
  /// The member `key`; a null value when there is none.
  [[nodiscard]] const value& operator[](std::string_view key) const {
    static const value missing{};
    const value* v = find(key);
    return v ? *v : missing;
  }
  [[nodiscard]] bool is(kind k) const { return type == k; }
};

class reader {
 public:
  explicit reader(std::string_view text) : s_(text) {}

  /// The document, or false with `error()` saying what and where.
  bool read(value& out) {
    space();
    if (!parse_value(out, 0)) return false;
    space();
    if (i_ != s_.size()) return fail("text after the document");
    return true;
  }
  [[nodiscard]] const std::string& error() const { return error_; }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
  std::string error_;

  bool fail(const std::string& why) {
    if (error_.empty()) error_ = why + " at byte " + std::to_string(i_);
    return false;
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return fail("unexpected text");
    i_ += word.size();
    return true;
  }
  bool parse_value(value& out, int depth) {
    if (depth > 64) return fail("nesting too deep");
    if (i_ >= s_.size()) return fail("unexpected end");
    switch (s_[i_]) {
      case '{': return parse_object(out, depth);
      case '[': return parse_array(out, depth);
      case '"': out.type = value::kind::string; return parse_string(out.text);
      case 't': out.type = value::kind::boolean; out.flag = true; return literal("true");
      case 'f': out.type = value::kind::boolean; out.flag = false; return literal("false");
      case 'n': out.type = value::kind::null; return literal("null");
      default: return parse_number(out);
    }
  }
  bool parse_object(value& out, int depth) {
    out.type = value::kind::object;
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
    for (;;) {
      space();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a key");
      std::string key;
      if (!parse_string(key)) return false;
      if (out.has(key)) return fail("duplicate key \"" + key + "\"");
      space();
      if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':'");
      ++i_;
      space();
      value v;
      if (!parse_value(v, depth + 1)) return false;
      out.keys.push_back(std::move(key));
      out.values.push_back(std::move(v));
      space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
      return fail("expected ',' or '}'");
    }
  }
  bool parse_array(value& out, int depth) {
    out.type = value::kind::array;
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
    for (;;) {
      space();
      value v;
      if (!parse_value(v, depth + 1)) return false;
      out.items.push_back(std::move(v));
      space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
      return fail("expected ',' or ']'");
    }
  }
  bool digits() {
    const std::size_t start = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ != start;
  }
  bool parse_number(value& out) {
    const std::size_t start = i_;
    if (s_[i_] == '-') ++i_;
    if (i_ < s_.size() && s_[i_] == '0') {
      ++i_;
    } else if (i_ < s_.size() && s_[i_] >= '1' && s_[i_] <= '9') {
      digits();
    } else {
      return fail("expected a value");
    }
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (!digits()) return fail("expected digits after '.'");
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (!digits()) return fail("expected exponent digits");
    }
    out.type = value::kind::number;
    const auto r = std::from_chars(s_.data() + start, s_.data() + i_, out.number);
    if (r.ec != std::errc{} || r.ptr != s_.data() + i_) return fail("number out of range");
    return true;
  }
  bool hex4(unsigned& code) {
    if (s_.size() - i_ < 4) return fail("short \\u escape");
    code = 0;
    for (int k = 0; k != 4; ++k) {
      const char c = s_[i_++];
      code <<= 4U;
      if (c >= '0' && c <= '9') code |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') code |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') code |= static_cast<unsigned>(c - 'A' + 10);
      else return fail("bad \\u escape");
    }
    return true;
  }
  static void utf8(std::string& out, unsigned code) {
    if (code < 0x80U) {
      out += static_cast<char>(code);
    } else if (code < 0x800U) {
      out += static_cast<char>(0xC0U | (code >> 6U));
      out += static_cast<char>(0x80U | (code & 0x3FU));
    } else if (code < 0x10000U) {
      out += static_cast<char>(0xE0U | (code >> 12U));
      out += static_cast<char>(0x80U | ((code >> 6U) & 0x3FU));
      out += static_cast<char>(0x80U | (code & 0x3FU));
    } else {
      out += static_cast<char>(0xF0U | (code >> 18U));
      out += static_cast<char>(0x80U | ((code >> 12U) & 0x3FU));
      out += static_cast<char>(0x80U | ((code >> 6U) & 0x3FU));
      out += static_cast<char>(0x80U | (code & 0x3FU));
    }
  }
  bool parse_string(std::string& out) {
    ++i_;  // the opening quote
    for (;;) {
      if (i_ >= s_.size()) return fail("unterminated string");
      const auto b = static_cast<unsigned char>(s_[i_]);
      if (b == '"') return ++i_, true;
      if (b < 0x20U) return fail("raw control character in a string");
      if (b == '\\') {
        if (++i_ >= s_.size()) return fail("unterminated escape");
        const char e = s_[i_++];
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            unsigned code = 0;
            if (!hex4(code)) return false;
            if (code >= 0xDC00U && code <= 0xDFFFU) return fail("lone low surrogate");
            if (code >= 0xD800U && code <= 0xDBFFU) {
              if (s_.substr(i_, 2) != "\\u") return fail("lone high surrogate");
              i_ += 2;
              unsigned low = 0;
              if (!hex4(low)) return false;
              if (low < 0xDC00U || low > 0xDFFFU) return fail("lone high surrogate");
              code = 0x10000U + ((code - 0xD800U) << 10U) + (low - 0xDC00U);
            }
            utf8(out, code);
            break;
          }
          default: return fail("unknown escape");
        }
        continue;
      }
      const std::size_t n = sinew::json::utf8_sequence_length(s_, i_);
      if (n == 0) return fail("ill-formed UTF-8");
      out.append(s_.substr(i_, n));
      i_ += n;
    }
  }
};

/// Reads `text` as one JSON document; false (and `error`) when it is not one.
inline bool parse(std::string_view text, value& out, std::string& error) {
  reader r(text);
  const bool ok = r.read(out);
  error = r.error();
  return ok;
}

/// The JSON object `text` holds; fails the running doctest case, with the reader's
/// message, when it is not one.
inline value parsed(const std::string& text) {
  value v;
  std::string error;
  const bool ok = parse(text, v, error);
  INFO(error);
  REQUIRE(ok);
  REQUIRE(v.is(value::kind::object));
  return v;
}

}  // namespace json_check
