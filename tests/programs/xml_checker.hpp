// A small XML well-formedness check for the tests (the body map's SVG): one
// root element; every tag closed in order; attribute values quoted, with no
// '<' inside; '&' only as one of the five named entities or a character
// reference; no text outside the root. Not a validating parser: it says
// whether a strict XML reader would take the document, and why not.
#pragma once

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace xml_check {

inline bool entity_at(std::string_view s, std::size_t i) {
  for (std::string_view e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"})
    if (s.substr(i, e.size()) == e) return true;
  if (s.substr(i, 2) == "&#") {
    std::size_t j = i + 2;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
    return j < s.size() && s[j] == ';' && j > i + 2;
  }
  return false;
}

/// Empty when `s` is well-formed; otherwise what is wrong and where.
inline std::string problem(std::string_view s) {
  std::vector<std::string> open;
  bool had_root = false;
  std::size_t i = 0;
  const auto name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.'; };
  while (i < s.size()) {
    if (s[i] != '<') {
      if (s[i] == '&' && !entity_at(s, i)) return "bare & at " + std::to_string(i);
      if (open.empty() && !std::isspace(static_cast<unsigned char>(s[i]))) return "text outside the root at " + std::to_string(i);
      ++i;
      continue;
    }
    if (s.substr(i, 4) == "<!--") {
      const auto end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return "unclosed comment";
      i = end + 3;
      continue;
    }
    if (s.substr(i, 2) == "<?") {
      const auto end = s.find("?>", i + 2);
      if (end == std::string_view::npos) return "unclosed declaration";
      i = end + 2;
      continue;
    }
    const bool closing = s.substr(i, 2) == "</";
    std::size_t j = i + (closing ? 2 : 1);
    const std::size_t name_start = j;
    while (j < s.size() && name_char(s[j])) ++j;
    const std::string name(s.substr(name_start, j - name_start));
    if (name.empty()) return "a tag without a name at " + std::to_string(i);
    if (closing) {
      while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
      if (j >= s.size() || s[j] != '>') return "bad closing tag at " + std::to_string(i);
      if (open.empty() || open.back() != name) return "</" + name + "> closes nothing open at " + std::to_string(i);
      open.pop_back();
      i = j + 1;
      continue;
    }
    if (open.empty() && had_root) return "a second root element at " + std::to_string(i);
    std::vector<std::string> attributes;
    for (;;) {
      const std::size_t before = j;
      while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
      if (j >= s.size()) return "unclosed tag <" + name + ">";
      if (s[j] == '>' || s.substr(j, 2) == "/>") break;
      if (j == before) return "no space before an attribute of <" + name + ">";
      const std::size_t a = j;
      while (j < s.size() && name_char(s[j])) ++j;
      const std::string attribute(s.substr(a, j - a));
      if (attribute.empty() || j >= s.size() || s[j] != '=') return "bad attribute in <" + name + ">";
      for (const auto& seen : attributes)
        if (seen == attribute) return "attribute " + attribute + " twice in <" + name + ">";
      attributes.push_back(attribute);
      ++j;
      if (j >= s.size() || (s[j] != '"' && s[j] != '\'')) return "unquoted attribute " + attribute;
      const char quote = s[j];
      const auto end = s.find(quote, j + 1);
      if (end == std::string_view::npos) return "unclosed attribute " + attribute;
      for (std::size_t k = j + 1; k != end; ++k) {
        if (s[k] == '<') return "'<' in attribute " + attribute;
        if (s[k] == '&' && !entity_at(s, k)) return "bare & in attribute " + attribute;
      }
      j = end + 1;
    }
    had_root = true;
    if (s[j] == '/') {
      i = j + 2;
    } else {
      open.push_back(name);
      i = j + 1;
    }
  }
  if (!open.empty()) return "<" + open.back() + "> never closed";
  if (!had_root) return "no root element";
  return {};
}

}  // namespace xml_check
