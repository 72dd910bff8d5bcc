// detail/bits.hpp (the builtins sinew uses in place of <bit>) against the
// standard functions, at every width and at the edges: 0, one bit, all bits.
#include <sinew/detail/bits.hpp>

#include <bit>
#include <cstdint>

namespace {

template <class T>
constexpr bool bits_agree() {
  const T samples[] = {T{0}, T{1}, T{2}, T{0x80}, static_cast<T>(~T{0}), static_cast<T>(T{1} << (sizeof(T) * 8 - 1)),
                       static_cast<T>(0x5a5a5a5a5a5a5a5aULL)};
  for (const T w : samples)
    if (sinew::detail::popcount(w) != std::popcount(w) || sinew::detail::countr_zero(w) != std::countr_zero(w)) return false;
  return true;
}
static_assert(bits_agree<std::uint8_t>() && bits_agree<std::uint16_t>() && bits_agree<std::uint32_t>() &&
              bits_agree<std::uint64_t>() && bits_agree<unsigned long long>());

static_assert(sinew::detail::bit_cast<float>(std::uint32_t{0x3f800000U}) == 1.0F);
static_assert(sinew::detail::bit_cast<std::uint32_t>(0.25F) == std::bit_cast<std::uint32_t>(0.25F));

}  // namespace
