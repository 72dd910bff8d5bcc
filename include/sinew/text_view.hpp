// A read-only view of characters: what sinew's entities use for ids, names,
// sources and messages, and what its parsers read. It is std::string_view's
// small core without <string_view>, whose include alone cost 80 ms (g++ 12) and
// 115 ms (clang 14) per translation unit, about half of <iostream>; sinew keeps
// its whole include under that (benchmarks/compile_time.sh).
// It converts both ways: from std::string_view, std::string and string literals,
// and to any type constructible from (pointer, size), std::string_view and
// std::string among them. It prints to any output stream.
#pragma once

#include <cstddef>

#include <sinew/detail/traits.hpp>

namespace sinew {

class text_view {
  const char* data_ = nullptr;
  std::size_t size_ = 0;

  // The builtin is evaluated natively in constant expressions (g++ and clang),
  // where a loop would be interpreted character by character for every literal.
  static constexpr std::size_t length_of(const char* s) noexcept { return __builtin_strlen(s); }

 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  constexpr text_view() noexcept = default;
  constexpr text_view(const char* s, std::size_t n) noexcept : data_(s), size_(n) {}
  constexpr text_view(const char* s) noexcept : data_(s), size_(length_of(s)) {}  // NOLINT: like std::string_view
  /// From anything contiguous of chars: std::string_view, std::string, sinew's fixed texts.
  /// (The data()/size() test comes first: it fails fast for string literals.)
  template <class S>
    requires(requires(const S& s) {
               { s.data() } -> detail::same_as<const char*>;
               { s.size() } -> detail::same_as<std::size_t>;
             } && !detail::is_same_v<detail::remove_cvref_t<S>, text_view> && !detail::is_convertible_v<const S&, const char*>)
  constexpr text_view(const S& s) noexcept : data_(s.data()), size_(s.size()) {}  // NOLINT: like std::string_view

  /// To std::string_view, std::string, or any type built from (pointer, size).
  template <class S>
    requires(!detail::is_same_v<S, text_view> && !detail::is_same_v<S, bool> && detail::is_constructible_v<S, const char*, std::size_t>)
  constexpr operator S() const {  // NOLINT: converts like the standard views do
    return S(data_, size_);
  }

  [[nodiscard]] constexpr const char* data() const noexcept { return data_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr std::size_t length() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr char operator[](std::size_t i) const noexcept { return data_[i]; }
  [[nodiscard]] constexpr char front() const noexcept { return data_[0]; }
  [[nodiscard]] constexpr char back() const noexcept { return data_[size_ - 1]; }
  [[nodiscard]] constexpr const char* begin() const noexcept { return data_; }
  [[nodiscard]] constexpr const char* end() const noexcept { return data_ + size_; }

  /// The characters from `pos`, at most `count` of them (`pos` past the end gives an empty view).
  [[nodiscard]] constexpr text_view substr(std::size_t pos, std::size_t count = npos) const noexcept {
    if (pos > size_) pos = size_;
    const std::size_t rest = size_ - pos;
    return {data_ + pos, count < rest ? count : rest};
  }
  constexpr void remove_prefix(std::size_t n) noexcept {
    data_ += n;
    size_ -= n;
  }
  constexpr void remove_suffix(std::size_t n) noexcept { size_ -= n; }

  [[nodiscard]] constexpr std::size_t find(char c, std::size_t pos = 0) const noexcept {
    for (std::size_t i = pos; i < size_; ++i)
      if (data_[i] == c) return i;
    return npos;
  }
  [[nodiscard]] constexpr std::size_t find(text_view t, std::size_t pos = 0) const noexcept {
    if (t.size_ > size_) return npos;
    for (std::size_t i = pos; i + t.size_ <= size_; ++i)
      if (substr(i, t.size_) == t) return i;
    return npos;
  }
  [[nodiscard]] constexpr bool starts_with(text_view t) const noexcept { return size_ >= t.size_ && substr(0, t.size_) == t; }
  [[nodiscard]] constexpr bool starts_with(char c) const noexcept { return size_ != 0 && data_[0] == c; }
  [[nodiscard]] constexpr bool ends_with(text_view t) const noexcept {
    return size_ >= t.size_ && substr(size_ - t.size_) == t;
  }

  friend constexpr bool operator==(text_view a, text_view b) noexcept {
    if (a.size_ != b.size_) return false;
    for (std::size_t i = 0; i != a.size_; ++i)
      if (a.data_[i] != b.data_[i]) return false;
    return true;
  }
  /// Against std::string_view, std::string or a sinew text: an exact match, so that
  /// the comparison is not ambiguous with the standard library's own.
  template <class S>
    requires(requires(const S& s) {
               { s.data() } -> detail::same_as<const char*>;
               { s.size() } -> detail::same_as<std::size_t>;
             } && !detail::is_same_v<S, text_view> && !detail::is_convertible_v<const S&, const char*>)
  friend constexpr bool operator==(text_view a, const S& b) noexcept {
    return a == text_view(b.data(), b.size());
  }
  friend constexpr bool operator<(text_view a, text_view b) noexcept {
    const std::size_t n = a.size_ < b.size_ ? a.size_ : b.size_;
    for (std::size_t i = 0; i != n; ++i)
      if (a.data_[i] != b.data_[i]) return static_cast<unsigned char>(a.data_[i]) < static_cast<unsigned char>(b.data_[i]);
    return a.size_ < b.size_;
  }

  /// Prints to any output stream (std::ostream among them), honouring setw and left/right.
  template <class Stream>
    requires requires(Stream& os, const char* p, long n) {
      os.write(p, n);
      os.width();
      os.fill();
      os.flags();
      Stream::left;
      Stream::adjustfield;
    }
  friend Stream& operator<<(Stream& os, text_view t) {
    const auto width = static_cast<std::size_t>(os.width() > 0 ? os.width() : 0);
    const bool left = (os.flags() & Stream::adjustfield) == Stream::left;
    const auto pad = [&] {
      for (std::size_t i = t.size_; i < width; ++i) os.put(os.fill());
    };
    if (!left) pad();
    os.write(t.data_, static_cast<long>(t.size_));
    if (left) pad();
    os.width(0);
    return os;
  }
};

}  // namespace sinew
