// A fixed-capacity bitset keyed by a strong id type: how sinew stores sets of
// muscles, actions, joints or groups. Constexpr throughout, no allocation, and
// set algebra is a handful of word operations, so the same query runs in a
// static_assert and in a tight loop over a run-time catalog.
// Every id value is defined: an id at or past `capacity` (an id type holds more
// values than its sets, e.g. action_id 0..255 against 128 actions) names nothing
// any model can hold, so it is never a member. `insert` says whether it took the
// id, `erase` whether it removed one, and the list constructor refuses such an
// id at compile time (at run time it leaves it out; use insert to be told).
#pragma once

#include <sinew/detail/array.hpp>
#include <sinew/detail/bits.hpp>
#include <sinew/detail/compile_error.hpp>
#include <sinew/detail/traits.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace sinew::detail {

template <class Id, std::size_t Capacity>
class id_set {
  static_assert(Capacity % 64 == 0, "sinew: id_set capacity is a multiple of 64 bits");
  static constexpr std::size_t words = Capacity / 64;
  detail::array<std::uint64_t, words> bits_{};

 public:
  using id_type = Id;
  static constexpr std::size_t capacity = Capacity;
  static constexpr std::size_t word_count = words;

  /// The set with these raw bits (bit i of word i / 64 is id i): how generated
  /// tables spell sets without evaluating an insert per member.
  [[nodiscard]] static constexpr id_set from_words(const detail::array<std::uint64_t, words>& w) noexcept {
    id_set s;
    s.bits_ = w;
    return s;
  }
  [[nodiscard]] constexpr const detail::array<std::uint64_t, words>& to_words() const noexcept { return bits_; }

  constexpr id_set() noexcept = default;
  constexpr id_set(std::initializer_list<Id> ids) noexcept {
    for (Id id : ids)
      if (!insert(id) && detail::is_constant_evaluated())
        rule_broken("sinew: an id at or past the set's capacity names no entity; a set cannot hold it");
  }

  /// Whether an id can be a member: below the capacity.
  [[nodiscard]] static constexpr bool fits(Id id) noexcept { return static_cast<std::size_t>(id.index) < Capacity; }

  /// Adds the id. Returns whether the set took it: true if it is a member now
  /// (also when it already was), false for an id past the capacity, which no
  /// set holds (the set is unchanged).
  constexpr bool insert(Id id) noexcept {
    if (!fits(id)) return false;
    const auto i = static_cast<std::size_t>(id.index);
    bits_[i / 64] |= std::uint64_t{1} << (i % 64);
    return true;
  }
  /// Removes the id. Returns whether it was a member (false for an id past the
  /// capacity, which never is; the set is unchanged).
  constexpr bool erase(Id id) noexcept {
    if (!contains(id)) return false;
    const auto i = static_cast<std::size_t>(id.index);
    bits_[i / 64] &= ~(std::uint64_t{1} << (i % 64));
    return true;
  }
  /// The set with one more member, for building sets in one expression:
  /// `action_set{}.with(hip_abduction).with(hip_adduction)`. An id past the
  /// capacity is left out (see insert).
  [[nodiscard]] constexpr id_set with(Id id) const noexcept {
    id_set s = *this;
    (void)s.insert(id);
    return s;
  }
  [[nodiscard]] constexpr bool contains(Id id) const noexcept {
    const auto i = static_cast<std::size_t>(id.index);
    return i < Capacity && ((bits_[i / 64] >> (i % 64)) & 1U) != 0;
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (auto w : bits_) n += static_cast<std::size_t>(detail::popcount(w));
    return n;
  }
  [[nodiscard]] constexpr bool empty() const noexcept {
    for (auto w : bits_)
      if (w != 0) return false;
    return true;
  }
  [[nodiscard]] constexpr bool intersects(const id_set& other) const noexcept {
    // every word, without a branch per word: a set is a few words, and searches ask this in
    // their innermost loops
    std::uint64_t common = 0;
    for (std::size_t i = 0; i != words; ++i) common |= bits_[i] & other.bits_[i];
    return common != 0;
  }
  [[nodiscard]] constexpr bool includes(const id_set& other) const noexcept {
    for (std::size_t i = 0; i != words; ++i)
      if ((other.bits_[i] & ~bits_[i]) != 0) return false;
    return true;
  }

  constexpr id_set& operator|=(const id_set& o) noexcept {
    for (std::size_t i = 0; i != words; ++i) bits_[i] |= o.bits_[i];
    return *this;
  }
  constexpr id_set& operator&=(const id_set& o) noexcept {
    for (std::size_t i = 0; i != words; ++i) bits_[i] &= o.bits_[i];
    return *this;
  }
  constexpr id_set& operator-=(const id_set& o) noexcept {
    for (std::size_t i = 0; i != words; ++i) bits_[i] &= ~o.bits_[i];
    return *this;
  }
  [[nodiscard]] friend constexpr id_set operator|(id_set a, const id_set& b) noexcept { return a |= b; }
  [[nodiscard]] friend constexpr id_set operator&(id_set a, const id_set& b) noexcept { return a &= b; }
  [[nodiscard]] friend constexpr id_set operator-(id_set a, const id_set& b) noexcept { return a -= b; }
  [[nodiscard]] friend constexpr bool operator==(const id_set&, const id_set&) noexcept = default;

  /// Calls f(Id) for each member, in ascending id order.
  template <class F>
  constexpr void for_each(F&& f) const {
    for (std::size_t w = 0; w != words; ++w) {
      auto word = bits_[w];
      while (word != 0) {
        const auto bit = static_cast<std::size_t>(detail::countr_zero(word));
        f(Id{static_cast<decltype(Id{}.index)>(w * 64 + bit)});
        word &= word - 1;
      }
    }
  }

  /// Iteration in ascending id order (for range-for).
  class iterator {
    const id_set* set_ = nullptr;
    std::size_t pos_ = Capacity;
    constexpr void advance_from(std::size_t from) noexcept {
      while (from < Capacity) {
        const auto w = set_->bits_[from / 64] >> (from % 64);
        if (w != 0) {
          pos_ = from + static_cast<std::size_t>(detail::countr_zero(w));
          return;
        }
        from = (from / 64 + 1) * 64;
      }
      pos_ = Capacity;
    }

   public:
    constexpr iterator() noexcept = default;
    constexpr iterator(const id_set* s, std::size_t start) noexcept : set_(s) { advance_from(start); }
    constexpr Id operator*() const noexcept { return Id{static_cast<decltype(Id{}.index)>(pos_)}; }
    constexpr iterator& operator++() noexcept {
      advance_from(pos_ + 1);
      return *this;
    }
    constexpr iterator operator++(int) noexcept {
      auto t = *this;
      ++*this;
      return t;
    }
    friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept { return a.pos_ == b.pos_; }
  };
  [[nodiscard]] constexpr iterator begin() const noexcept { return iterator{this, 0}; }
  [[nodiscard]] constexpr iterator end() const noexcept { return iterator{this, Capacity}; }
};

}  // namespace sinew::detail
