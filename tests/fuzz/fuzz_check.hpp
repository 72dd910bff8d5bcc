// What the fuzz targets share: a check that names the broken property before it
// stops the run (libFuzzer then saves the input as a crash-* artifact), and a
// reader that takes typed values from the fuzzer's bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace sinew_fuzz {

/// Whether a broken property is one the run was told to let pass: the env
/// SINEW_FUZZ_SKIP holds ';'-separated prefixes of property names (for
/// measuring one class while another, already known, is still unfixed). CI
/// never sets it.
inline bool skipped(std::string_view property) {
  static const char* const env = std::getenv("SINEW_FUZZ_SKIP");
  if (env == nullptr) return false;
  std::string_view rest(env);
  while (!rest.empty()) {
    const auto cut = rest.find(';');
    const std::string_view prefix = rest.substr(0, cut);
    if (!prefix.empty() && property.substr(0, prefix.size()) == prefix) return true;
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 1);
  }
  return false;
}

/// Stops with the property's name on stderr when `ok` is false.
inline void require(bool ok, const char* property, std::string_view input = {}) {
  if (ok || skipped(property)) return;
  std::fprintf(stderr, "\nsinew fuzz: property broken: %s\n", property);
  if (!input.empty()) std::fprintf(stderr, "sinew fuzz: input: %.*s\n", static_cast<int>(input.size()), input.data());
  __builtin_trap();
}

/// Hands out the fuzzer's bytes as numbers, then zeros once they run out.
class byte_reader {
  const std::uint8_t* data_;
  std::size_t size_;

 public:
  byte_reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  [[nodiscard]] std::size_t left() const { return size_; }
  std::uint8_t u8() {
    if (size_ == 0) return 0;
    --size_;
    return *data_++;
  }
  std::uint16_t u16() { return static_cast<std::uint16_t>(u8() | (u8() << 8)); }
  std::uint32_t u32() { return static_cast<std::uint32_t>(u16()) | (static_cast<std::uint32_t>(u16()) << 16); }
  /// A value in [0, n); 0 when n is 0.
  std::size_t below(std::size_t n) { return n == 0 ? 0 : u32() % n; }
  /// The remaining bytes as text.
  std::string_view rest() {
    const std::string_view t(reinterpret_cast<const char*>(data_), size_);
    data_ += size_;
    size_ = 0;
    return t;
  }
};

}  // namespace sinew_fuzz
