// detail/traits.hpp (the builtins sinew uses in place of <type_traits> and
// <concepts>) against the standard traits, over the fundamental types with
// every cv-qualification and reference, pointers, enums, classes and void.
#include <sinew/detail/traits.hpp>

#include <concepts>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace {

namespace d = sinew::detail;

enum class scoped : std::uint8_t { a };
enum plain { b };
struct base {};
struct derived : base {};
struct from_int {
  from_int(int) {}  // NOLINT(google-explicit-constructor): an implicit conversion to test
};
struct only_explicit {
  explicit only_explicit(int) {}
};
struct to_bool {
  operator bool() const { return true; }  // NOLINT(google-explicit-constructor)
};

template <class... T> struct types {};

using fundamental = types<bool, char, signed char, unsigned char, wchar_t, char8_t, char16_t, char32_t, short,
                          unsigned short, int, unsigned, long, unsigned long, long long, unsigned long long, float,
                          double, long double, std::nullptr_t, void>;
using others = types<scoped, plain, base, derived, from_int, only_explicit, to_bool, int*, const int*, int* const,
                     void*, int[3], int (*)(), base*, derived*>;

// One type T in each of its forms: cv-qualified, and (not for void) as references.
template <class T, class F>
constexpr bool each_form(F f) {
  bool ok = f.template operator()<T>() && f.template operator()<const T>() && f.template operator()<volatile T>() &&
            f.template operator()<const volatile T>();
  if constexpr (!std::is_void_v<T>) ok = ok && f.template operator()<T&>() && f.template operator()<const T&>() &&
                                         f.template operator()<T&&>();
  return ok;
}
template <class F, class... T>
constexpr bool all_of(types<T...>, F f) {
  return (each_form<T>(f) && ...);
}

constexpr auto one_type = []<class T>() {
  return d::is_integral_v<T> == std::is_integral_v<T> && d::integral<T> == std::integral<T> &&
         d::unsigned_integral<T> == std::unsigned_integral<T> && d::is_signed_v<T> == std::is_signed_v<T> &&
         std::is_same_v<d::remove_cv_t<T>, std::remove_cv_t<T>> &&
         std::is_same_v<d::remove_reference_t<T>, std::remove_reference_t<T>> &&
         std::is_same_v<d::remove_cvref_t<T>, std::remove_cvref_t<T>> &&
         std::is_same_v<d::remove_pointer_t<T>, std::remove_pointer_t<T>> && d::is_enum_v<T> == std::is_enum_v<T> &&
         d::is_constructible_v<T> == std::is_constructible_v<T> &&
         d::is_constructible_v<T, int> == std::is_constructible_v<T, int> && d::is_array_v<T> == std::is_array_v<T> &&
         d::is_function_v<T> == std::is_function_v<T> && d::is_const_v<T> == std::is_const_v<T> &&
         d::is_reference_v<T> == std::is_reference_v<T>;
};
static_assert(all_of(fundamental{}, one_type) && all_of(others{}, one_type));

// Every pair of the types above, for the two-type traits.
template <class T>
constexpr auto against = []<class U>() {
  return d::is_same_v<T, U> == std::is_same_v<T, U> && d::same_as<T, U> == std::same_as<T, U> &&
         d::is_convertible_v<T, U> == std::is_convertible_v<T, U> &&
         d::convertible_to<T, U> == std::convertible_to<T, U>;
};
template <class... T>
constexpr bool pairs(types<T...>) {
  return ((all_of(fundamental{}, against<T>) && all_of(others{}, against<T>)) && ...);
}
static_assert(pairs(types<int, const int&, long, bool, float, void, std::nullptr_t, scoped, plain, base, derived&,
                          derived*, from_int, only_explicit, to_bool, int*, const char*, char[2], int[3], int (*)(),
                          const volatile void, int&&, void(), int(int)>{}));
// Function types, which take no cv-qualifier, as a target of each type above and as themselves.
static_assert(against<void()>.operator()<void()>() && against<int(int)>.operator()<void()>() &&
              against<int (*)()>.operator()<int()>() && against<std::nullptr_t>.operator()<int(int)>());
static_assert(d::is_function_v<void()> && d::is_function_v<int(int) noexcept> && !d::is_function_v<int (*)()> &&
              !d::is_function_v<void> && !d::is_function_v<int (&)()>);

template <class T>
constexpr bool unsigned_agrees() {
  return std::is_same_v<d::make_unsigned_t<T>, std::make_unsigned_t<T>>;
}
static_assert(unsigned_agrees<signed char>() && unsigned_agrees<unsigned char>() && unsigned_agrees<char>() &&
              unsigned_agrees<short>() && unsigned_agrees<unsigned short>() && unsigned_agrees<int>() &&
              unsigned_agrees<const int>() && unsigned_agrees<unsigned>() && unsigned_agrees<long>() &&
              unsigned_agrees<unsigned long>() && unsigned_agrees<long long>() &&
              unsigned_agrees<unsigned long long>());

static_assert(std::is_same_v<d::underlying_type_t<scoped>, std::underlying_type_t<scoped>> &&
              std::is_same_v<d::underlying_type_t<plain>, std::underlying_type_t<plain>>);
static_assert(std::is_same_v<decltype(d::declval<int>()), decltype(std::declval<int>())> &&
              std::is_same_v<decltype(d::declval<base&>()), decltype(std::declval<base&>())>);

constexpr bool evaluated_in_constant = d::is_constant_evaluated();
static_assert(evaluated_in_constant);

}  // namespace

