// Prints the notation's libFuzzer dictionary (dictionary.hpp) to stdout.
#include <cstdio>

#include "dictionary.hpp"

int main() {
  const auto text = sinew_test::dictionary_text();
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() ? 0 : 1;
}
