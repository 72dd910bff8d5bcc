// The scheme factories' limits in constant evaluation, through their non-fatal
// twins (load::attempt, detail::try_field, the try_ factories): for each
// factory the largest value its field takes and the one past it.
#include <cstdint>
#include <limits>

#include <sinew/schemes.hpp>

namespace {
using namespace sinew;

// The factories' bounds come from detail::integer_min/max (no <limits> in the
// headers): the same values as std::numeric_limits for every integer width.
template <class T>
constexpr bool limits_agree() {
  return detail::integer_max<T> == std::numeric_limits<T>::max() && detail::integer_min<T> == std::numeric_limits<T>::min();
}
static_assert(limits_agree<std::int8_t>() && limits_agree<std::uint8_t>() && limits_agree<std::int16_t>() &&
              limits_agree<std::uint16_t>() && limits_agree<std::int32_t>() && limits_agree<std::uint32_t>() &&
              limits_agree<std::int64_t>() && limits_agree<std::uint64_t>() && limits_agree<char>() &&
              limits_agree<long long>() && limits_agree<unsigned long long>());

// Loads: 6553.5 and a tenths digit of 0-9 fit; one past is refused, naming the rule.
static_assert(load::kilograms(6553, 5) == load{load_kind::kg, 65535});
static_assert(load::attempt(load_kind::kg, 6553, 5).broken == rule::none);
static_assert(load::attempt(load_kind::kg, 6553, 6).broken == rule::load_too_large);
static_assert(load::attempt(load_kind::kg, 7000, 0).broken == rule::load_too_large);
static_assert(load::attempt(load_kind::kg, 7000, 0).value.tenths == 70000);  // exact, never 4464
static_assert(load::attempt(load_kind::kg, 62, 9).broken == rule::none);
static_assert(load::attempt(load_kind::kg, 62, 10).broken == rule::load_tenth_digit);
static_assert(load::attempt(load_kind::kg, -1, 0).broken == rule::load_not_positive);
static_assert(load::pounds(6553, 5) == load{load_kind::lb, 65535});
static_assert(load::attempt(load_kind::lb, 6553, 6).broken == rule::load_too_large);
static_assert(load::percent_of_1rm(6553).tenths == 65530);
static_assert(load::attempt(load_kind::percent_1rm, 6554, 0).broken == rule::percent_out_of_range);
static_assert(load::rpe(6553, 5).tenths == 65535);
static_assert(load::attempt(load_kind::rpe, 6553, 6).broken == rule::rpe_out_of_range);
static_assert(load::attempt(load_kind::rpe, 8, 10).broken == rule::load_tenth_digit);
static_assert(load::reps_in_reserve(6553).tenths == 65530);
static_assert(load::attempt(load_kind::rir, 6554, 0).broken == rule::rir_out_of_range);
static_assert(load::attempt(load_kind::rir, -1, 0).broken == rule::rir_out_of_range);

// The try_ factories add the kind's own range: the largest valid value and one past.
static_assert(load::try_kilograms(6553, 5).value() == load{load_kind::kg, 65535});
static_assert(load::try_kilograms(6553, 6).error().message == rule_text(rule::load_too_large));
static_assert(load::try_kilograms(62, 15).error().message == rule_text(rule::load_tenth_digit));
static_assert(load::try_pounds(6553, 5).has_value());
static_assert(load::try_pounds(6553, 6).error().message == rule_text(rule::load_too_large));
static_assert(load::try_percent_of_1rm(100).value() == load{load_kind::percent_1rm, 1000});
static_assert(load::try_percent_of_1rm(101).error().message == rule_text(rule::percent_out_of_range));
static_assert(load::try_percent_of_1rm(6600).error().message == rule_text(rule::percent_out_of_range));
static_assert(load::try_rpe(10).value() == load{load_kind::rpe, 100});
static_assert(load::try_rpe(10, 1).error().message == rule_text(rule::rpe_out_of_range));
static_assert(load::try_reps_in_reserve(10).value() == load{load_kind::rir, 100});
static_assert(load::try_reps_in_reserve(11).error().message == rule_text(rule::rir_out_of_range));
static_assert(rule_text(rule::load_too_large) == "sinew: a load in kg or lb is at most 6553.5");

// A kg or lb load beyond the limit is a broken rule, also when built by hand.
static_assert(check(straight_sets(3, 5).at(load{load_kind::kg, 65535})).ok());
static_assert(check(straight_sets(3, 5).at(load{load_kind::kg, 65536})).rule == rule::load_too_large);
static_assert(check(straight_sets(3, 5).at(load{load_kind::lb, 65536})).rule == rule::load_too_large);
static_assert(check(straight_sets(3, 5).at(load{load_kind::rpe, load::malformed_tenths})).rule == rule::load_tenth_digit);

// Counts, times and distances: the uint16_t field takes 65535, the notation 9999.
static_assert(detail::try_field<std::uint16_t>(65535, rule::zero_reps, rule::number_too_large).broken == rule::none);
static_assert(detail::try_field<std::uint16_t>(65536, rule::zero_reps, rule::number_too_large).broken == rule::number_too_large);
static_assert(detail::try_field<std::uint16_t>(-1, rule::zero_reps, rule::number_too_large).broken == rule::zero_reps);
static_assert(detail::try_field<std::uint16_t>(std::uint64_t{1} << 40, rule::none, rule::too_many_sets).broken == rule::too_many_sets);
static_assert(detail::try_field<std::int8_t>(-128, rule::drop_percent_too_large, rule::drop_load_rises).broken == rule::none);
static_assert(detail::try_field<std::int8_t>(-129, rule::drop_percent_too_large, rule::drop_load_rises).broken ==
              rule::drop_percent_too_large);
static_assert(detail::try_field<std::int8_t>(127, rule::drop_percent_too_large, rule::drop_load_rises).broken == rule::none);
static_assert(detail::try_field<std::int8_t>(128, rule::drop_percent_too_large, rule::drop_load_rises).broken == rule::drop_load_rises);
static_assert(detail::try_field<std::uint8_t>(255, rule::tempo_digit, rule::tempo_digit).broken == rule::none);
static_assert(detail::try_field<std::uint8_t>(256, rule::tempo_digit, rule::tempo_digit).broken == rule::tempo_digit);
static_assert(seconds(65535).amount == 65535 && minutes(65535).amount == 65535);
static_assert(metres(65535).amount == 65535 && yards(65535).amount == 65535);
static_assert(try_seconds(9999).value() == seconds(9999));
static_assert(try_seconds(10000).error().message == rule_text(rule::number_too_large));
static_assert(try_seconds(65536).error().message == rule_text(rule::number_too_large));
static_assert(!try_seconds(-1));
static_assert(try_minutes(9999).has_value() && !try_minutes(10000));
static_assert(try_metres(9999).value() == metres(9999));
static_assert(try_metres(10000).error().message == rule_text(rule::number_too_large));
static_assert(try_yards(9999).has_value() && !try_yards(10000) && !try_yards(70000));
static_assert(quantity::reps(65535).max == 65535 && quantity::steps(65535).max == 65535);
static_assert(quantity::to_failure(1, 65535).max == 65535 && quantity::non_stop(65535).max == 65535);
static_assert(straight_sets(65535, 8).sets == 65535);
static_assert(tempo::of(255, 0, 1).phase[0] == 255);
static_assert(straight_sets(4, 8).plus_drops(255, -128).drops == 255);
static_assert(straight_sets(4, 8).plus_drops(1, -128).drop_percent == -128);
static_assert(straight_sets(3, 8).with_stretch_and_squeeze(65535).stretch_and_squeeze == 65535);

}  // namespace
