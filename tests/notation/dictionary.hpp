// The libFuzzer dictionary of the notation (tests/fuzz/notation.dict), computed
// from the keyword and symbol tables of sinew/notation/keywords.hpp: every
// spelling of every keyword, then every symbol. Written by
// sinew_generate_notation_dict, checked against the file by keywords_test.cpp.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <sinew/notation.hpp>

namespace sinew_test {

/// Every way the parser accepts a keyword pattern, in lower case: '-' as '-',
/// a blank or nothing; ' ' as one blank.
inline std::vector<std::string> spellings(std::string_view pattern) {
  std::vector<std::string> out{""};
  for (char c : pattern) {
    std::vector<std::string> next;
    for (const auto& s : out) {
      if (c == '-') {
        for (const char* sep : {"-", " ", ""}) next.push_back(s + sep);
      } else {
        next.push_back(s + c);
      }
    }
    out = next;
  }
  return out;
}

/// One dictionary entry: the bytes quoted, anything but printable ASCII (and
/// the quote and backslash) as \xNN.
inline std::string dictionary_entry(std::string_view bytes) {
  std::string line = "\"";
  for (char c : bytes) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u > 0x7E || c == '"' || c == '\\') {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", u);
      line += hex;
    } else {
      line += c;
    }
  }
  return line + "\"";
}

/// Every entry of the dictionary, in order, without duplicates.
inline std::vector<std::string> dictionary_entries() {
  std::vector<std::string> entries;
  const auto add = [&](std::string_view bytes) {
    std::string e = dictionary_entry(bytes);
    for (const auto& x : entries)
      if (x == e) return;
    entries.push_back(e);
  };
  for (const auto& k : sinew::notation_keywords())
    for (const auto& s : spellings(k.pattern)) add(s);
  for (const auto& s : sinew::notation_symbols()) add(s);
  return entries;
}

inline std::string dictionary_text() {
  std::string text =
      "# libFuzzer dictionary of sinew's set-scheme notation: every spelling of every keyword\n"
      "# the parser knows, then every symbol of the grammar. Generated from\n"
      "# include/sinew/notation/keywords.hpp; do not edit, run instead\n"
      "#   build/dev/tests/notation/sinew_generate_notation_dict > tests/fuzz/notation.dict\n";
  for (const auto& e : dictionary_entries()) text += e + "\n";
  return text;
}

}  // namespace sinew_test
