// The type traits and concepts sinew's headers use, without <type_traits> and
// <concepts>: those two cost every translation unit that includes sinew about
// 80 million of the instructions g++ 12 executes for -fsyntax-only (4 % of the
// umbrella header, a sixth of <sinew/anatomy.hpp>), and the traits sinew needs
// are compiler builtins underneath, or a few partial specialisations.
// tests/anatomy/static_detail_traits.cpp proves each equal to its standard
// counterpart over the same types.
#pragma once

namespace sinew::detail {

/// std::remove_cv_t, std::remove_reference_t, std::remove_cvref_t, std::remove_pointer_t.
template <class T> struct remove_cv_of { using type = T; };
template <class T> struct remove_cv_of<const T> { using type = T; };
template <class T> struct remove_cv_of<volatile T> { using type = T; };
template <class T> struct remove_cv_of<const volatile T> { using type = T; };
template <class T> using remove_cv_t = typename remove_cv_of<T>::type;

template <class T> struct remove_reference_of { using type = T; };
template <class T> struct remove_reference_of<T&> { using type = T; };
template <class T> struct remove_reference_of<T&&> { using type = T; };
template <class T> using remove_reference_t = typename remove_reference_of<T>::type;

template <class T> using remove_cvref_t = remove_cv_t<remove_reference_t<T>>;

template <class T> struct remove_pointer_of { using type = T; };
template <class T> struct remove_pointer_of<T*> { using type = T; };
template <class T> struct remove_pointer_of<T* const> { using type = T; };
template <class T> struct remove_pointer_of<T* volatile> { using type = T; };
template <class T> struct remove_pointer_of<T* const volatile> { using type = T; };
template <class T> using remove_pointer_t = typename remove_pointer_of<T>::type;

/// std::is_same_v and std::same_as.
template <class T, class U> inline constexpr bool is_same_v = __is_same(T, U);
template <class T, class U>
concept same_as = is_same_v<T, U> && is_same_v<U, T>;

/// std::is_integral_v, std::integral, std::is_signed_v, std::unsigned_integral:
/// the standard integer types and the character types, cv-qualified or not.
template <class T> inline constexpr bool is_integral_v = false;
template <class T> inline constexpr bool is_integral_v<const T> = is_integral_v<T>;
template <class T> inline constexpr bool is_integral_v<volatile T> = is_integral_v<T>;
template <class T> inline constexpr bool is_integral_v<const volatile T> = is_integral_v<T>;
template <> inline constexpr bool is_integral_v<bool> = true;
template <> inline constexpr bool is_integral_v<char> = true;
template <> inline constexpr bool is_integral_v<signed char> = true;
template <> inline constexpr bool is_integral_v<unsigned char> = true;
template <> inline constexpr bool is_integral_v<wchar_t> = true;
template <> inline constexpr bool is_integral_v<char8_t> = true;
template <> inline constexpr bool is_integral_v<char16_t> = true;
template <> inline constexpr bool is_integral_v<char32_t> = true;
template <> inline constexpr bool is_integral_v<short> = true;
template <> inline constexpr bool is_integral_v<unsigned short> = true;
template <> inline constexpr bool is_integral_v<int> = true;
template <> inline constexpr bool is_integral_v<unsigned> = true;
template <> inline constexpr bool is_integral_v<long> = true;
template <> inline constexpr bool is_integral_v<unsigned long> = true;
template <> inline constexpr bool is_integral_v<long long> = true;
template <> inline constexpr bool is_integral_v<unsigned long long> = true;

template <class T>
concept integral = is_integral_v<T>;

/// True for a signed arithmetic type (std::is_signed_v for the integers and floating types).
template <class T> inline constexpr bool is_signed_unqualified = false;
template <integral T> inline constexpr bool is_signed_unqualified<T> = static_cast<T>(-1) < static_cast<T>(0);
template <> inline constexpr bool is_signed_unqualified<float> = true;
template <> inline constexpr bool is_signed_unqualified<double> = true;
template <> inline constexpr bool is_signed_unqualified<long double> = true;
template <class T> inline constexpr bool is_signed_v = is_signed_unqualified<remove_cv_t<T>>;

template <class T>
concept unsigned_integral = integral<T> && !is_signed_v<T>;

/// std::make_unsigned_t for the integer types, keeping cv-qualifiers (not bool, as the standard's).
template <class T> struct make_unsigned_of;
template <> struct make_unsigned_of<signed char> { using type = unsigned char; };
template <> struct make_unsigned_of<unsigned char> { using type = unsigned char; };
template <> struct make_unsigned_of<char> { using type = unsigned char; };
template <> struct make_unsigned_of<short> { using type = unsigned short; };
template <> struct make_unsigned_of<unsigned short> { using type = unsigned short; };
template <> struct make_unsigned_of<int> { using type = unsigned; };
template <> struct make_unsigned_of<unsigned> { using type = unsigned; };
template <> struct make_unsigned_of<long> { using type = unsigned long; };
template <> struct make_unsigned_of<unsigned long> { using type = unsigned long; };
template <> struct make_unsigned_of<long long> { using type = unsigned long long; };
template <> struct make_unsigned_of<unsigned long long> { using type = unsigned long long; };
template <class T> struct make_unsigned_of<const T> { using type = const typename make_unsigned_of<T>::type; };
template <class T> struct make_unsigned_of<volatile T> { using type = volatile typename make_unsigned_of<T>::type; };
template <class T> struct make_unsigned_of<const volatile T> {
  using type = const volatile typename make_unsigned_of<T>::type;
};
template <class T> using make_unsigned_t = typename make_unsigned_of<T>::type;

/// std::declval, for unevaluated operands only (T&&, or T itself for void).
template <class T, class = T&&> T&& declval_of(int);
template <class T> T declval_of(long);
template <class T> decltype(detail::declval_of<T>(0)) declval() noexcept;

/// std::is_array_v.
template <class T> inline constexpr bool is_array_v = false;
template <class T> inline constexpr bool is_array_v<T[]> = true;
template <class T, decltype(sizeof 0) N> inline constexpr bool is_array_v<T[N]> = true;

/// std::is_function_v: only function types (and references) do not take a const.
template <class T> inline constexpr bool is_const_v = false;
template <class T> inline constexpr bool is_const_v<const T> = true;
template <class T> inline constexpr bool is_reference_v = false;
template <class T> inline constexpr bool is_reference_v<T&> = true;
template <class T> inline constexpr bool is_reference_v<T&&> = true;
template <class T> inline constexpr bool is_function_v = !is_const_v<const T> && !is_reference_v<T>;

/// std::is_convertible_v and std::convertible_to: From converts implicitly to
/// To (tested by initialising a function parameter of type To; an array or
/// function type is never a target), and (for the concept) explicitly too.
template <class To> void take_converted(To) noexcept;
template <class From, class To>
inline constexpr bool is_convertible_v =
    is_same_v<remove_cv_t<To>, void>
        ? is_same_v<remove_cv_t<From>, void>
        : !is_array_v<To> && !is_function_v<To> && requires { detail::take_converted<To>(detail::declval<From>()); };
template <class From, class To>
concept convertible_to = is_convertible_v<From, To> && requires { static_cast<To>(detail::declval<From>()); };

/// std::is_constructible_v, std::is_enum_v, std::underlying_type_t and
/// std::is_constant_evaluated: builtins of g++ and clang, which the standard
/// library's own traits use (as sinew uses __is_same elsewhere).
template <class T, class... Args> inline constexpr bool is_constructible_v = __is_constructible(T, Args...);
template <class T> inline constexpr bool is_enum_v = __is_enum(T);
template <class T> using underlying_type_t = __underlying_type(T);

[[nodiscard]] constexpr bool is_constant_evaluated() noexcept { return __builtin_is_constant_evaluated(); }

}  // namespace sinew::detail
